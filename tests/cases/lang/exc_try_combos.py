# try/except/else/finally in every combination, with and without exceptions
def run(raise_it, catch=True):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise ValueError("v")
            log.append("no raise")
        except (ValueError if catch else KeyError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log
print(run(False)); print(run(True)); print(run(True, False))
try:
    print("t1")
finally:
    print("f1")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    raise KeyError("k")
except IndexError:
    print("never")
except KeyError:
    print("second handler")
except Exception:
    print("never")
try:
    raise IndexError
except LookupError:
    print("base class handler")
try:
    {}["x"]
except (TypeError, KeyError) as e:
    print("tuple handler", type(e).__name__)
try:
    raise TypeError("t")
except:
    print("bare except")
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError:
    print("as-name deleted after handler")
def nested_finally():
    try:
        try:
            raise ValueError
        finally:
            print("inner finally")
    except ValueError:
        print("outer caught")
    finally:
        print("outer finally")
nested_finally()
