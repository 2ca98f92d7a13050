# args and str() of builtin exception instances created directly (same on CPython and Pycopy)
for cls in (BaseException, Exception, ValueError, TypeError, IndexError, RuntimeError, AttributeError, NameError,
            ZeroDivisionError, OverflowError, NotImplementedError, AssertionError, MemoryError, ImportError, StopIteration, SystemExit):
    e0, e1, e2 = cls(), cls("msg"), cls("a", 2)
    print(cls.__name__, e0.args, repr(str(e0)), e1.args, str(e1), e2.args, str(e2))
print(SystemExit(3).code if False else SystemExit(3).args, StopIteration(7).value, StopIteration().value)
e = OSError(2, "No such file")
print(e.args, e.args[0])
