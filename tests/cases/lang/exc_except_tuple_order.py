# except clauses: tuple of types, order, subclass matching, handler chosen once
classes = (ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, Exception)
for c in classes:
    try:
        raise c("x")
    except (KeyError, IndexError) as e:
        print(c.__name__, "-> lookup", type(e).__name__)
    except (ValueError, TypeError):
        print(c.__name__, "-> value/type")
    except ArithmeticError:
        print(c.__name__, "-> arithmetic")
    except Exception:
        print(c.__name__, "-> generic")
handlers = (ValueError,)
try:
    raise ValueError
except handlers:
    print("tuple in a variable")
try:
    raise KeyError
except ():
    print("never")
except KeyError:
    print("empty tuple matches nothing")
try:
    try:
        raise ValueError
    except ValueError:
        raise KeyError
    except KeyError:
        print("never: handlers of the same try don't catch")
except KeyError:
    print("outer caught KeyError")
try:
    raise SystemExit(0)
except Exception:
    print("never")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
