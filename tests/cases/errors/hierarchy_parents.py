# builtin exception hierarchy: direct parents of every class in the reference list
pairs = [
    (SystemExit, BaseException), (KeyboardInterrupt, BaseException), (GeneratorExit, BaseException), (Exception, BaseException),
    (StopIteration, Exception), (StopAsyncIteration, Exception), (ArithmeticError, Exception), (OverflowError, ArithmeticError),
    (ZeroDivisionError, ArithmeticError), (AssertionError, Exception), (AttributeError, Exception), (EOFError, Exception),
    (ImportError, Exception), (MemoryError, Exception), (NameError, Exception), (LookupError, Exception), (IndexError, LookupError),
    (KeyError, LookupError), (OSError, Exception), (RuntimeError, Exception), (NotImplementedError, RuntimeError),
    (SyntaxError, Exception), (IndentationError, SyntaxError), (TypeError, Exception), (ValueError, Exception), (UnicodeError, ValueError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base), issubclass(base, sub), issubclass(sub, BaseException), issubclass(sub, object))
