# catching builtin exceptions through their base classes; non-Exception classes escape `except Exception`
def catch(exc_class):
    try:
        raise exc_class("x")
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except RuntimeError:
        return "RuntimeError"
    except ValueError:
        return "ValueError"
    except SyntaxError:
        return "SyntaxError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for c in (IndexError, KeyError, OverflowError, ZeroDivisionError, NotImplementedError, UnicodeError, IndentationError,
          TypeError, OSError, StopIteration, SystemExit, KeyboardInterrupt, GeneratorExit, MemoryError, ImportError):
    print(c.__name__, catch(c))
print(isinstance(KeyError(), LookupError), isinstance(SystemExit(), Exception), isinstance(GeneratorExit(), BaseException))
