# __enter__/__exit__: return values, exception info, suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev.args if ev else None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError:
    print("propagated")
with CM("d") as v1, CM("e") as v2:
    print(v1, v2)
with CM("f"):
    with CM("g", True):
        raise ZeroDivisionError("z")
    print("inner suppressed")
def f():
    with CM("h"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError):
    print("not a context manager")
