# issubclass between every pair of builtin exception classes of the reference list
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
           ArithmeticError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, EOFError, ImportError,
           MemoryError, NameError, LookupError, IndexError, KeyError, OSError, RuntimeError, NotImplementedError,
           SyntaxError, IndentationError, TypeError, ValueError, UnicodeError]
for a in classes:
    row = "".join("1" if issubclass(a, b) else "." for b in classes)
    print("%-20s %s" % (a.__name__, row))
print(sum(issubclass(a, Exception) for a in classes), sum(issubclass(a, BaseException) for a in classes))
