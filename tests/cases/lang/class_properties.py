# property getter/setter/deleter, read-only properties, computed attributes
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 5
except AttributeError:
    print("AttributeError read-only")
del t.c
print(t.c)
class Old:
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx)
o = Old()
o.x = 4
print(o.x, type(Old.x).__name__)
class Sub(Temp):
    @property
    def c(self):
        return "sub"
print(Sub().c)
class Lazy:
    calls = 0
    @property
    def val(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.val, l.val, Lazy.calls)
