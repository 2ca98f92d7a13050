# with statement: nested, several items, exceptions suppressed, order of exits
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append("exit " + self.name + (" with " + t.__name__ if t else ""))
        return self.suppress
with CM("a") as a, CM("b") as b:
    log.append("body " + a.name + b.name)
print(log); log.clear()
with CM("outer", True):
    with CM("inner"):
        raise ValueError
    log.append("not reached")
print(log); log.clear()
try:
    with CM("x"), CM("y", True), CM("z"):
        raise KeyError
    log.append("after with")
except KeyError:
    log.append("escaped")
print(log); log.clear()
def gen():
    with CM("in gen"):
        yield 1
        yield 2
for v in gen():
    log.append(v)
print(log); log.clear()
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("exit should not run")
try:
    with CM("first"), EnterFails():
        log.append("body")
except RuntimeError as e:
    log.append(str(e))
print(log); log.clear()
with CM("t") as (x):
    pass
print(x.name, log); log.clear()
class Tup:
    def __enter__(self): return (1, (2, 3))
    def __exit__(self, *a): return False
with Tup() as (p, (q, r)):
    print(p, q, r)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError
except TypeError as e:
    print("exit replaced exception:", e)
