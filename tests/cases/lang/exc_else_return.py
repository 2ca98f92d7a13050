# else clause runs only without exception and before finally; returns in try/else/finally
def f(x):
    log = []
    try:
        if x:
            raise ValueError
        log.append("try")
    except ValueError:
        log.append("except")
        return log
    else:
        log.append("else")
        return log
    finally:
        log.append("finally")
print(f(0), f(1))
def g():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("from else")
try:
    g()
except KeyError as e:
    print("else raised", e.args)
def h():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else-never"
print(h())
