# exceptions raised inside except and finally blocks replace the original one
def a():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("replacement")
def b():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
def c():
    try:
        return 1
    finally:
        raise IndexError("finally beats return")
for fn in (a, b, c):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e.args)
def d():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    d()
except Exception as e:
    print("bare raise re-raises the handled one:", type(e).__name__, e.args)
