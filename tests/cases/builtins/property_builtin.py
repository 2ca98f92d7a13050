# property() builtin used directly: fget/fset/fdel, getter/setter/deleter copies
class C:
    def __init__(self): self._v = 0
    def get(self): return self._v
    def set(self, v): self._v = v
    def delete(self): self._v = "deleted"
    v = property(get, set, delete)
    ro = property(get)
c = C()
c.v = 5
print(c.v, c.ro)
del c.v
print(c.v)
try:
    c.ro = 1
except AttributeError:
    print("AttributeError set")
try:
    del c.ro
except AttributeError:
    print("AttributeError del")
p = property(lambda self: "base")
p2 = p.setter(lambda self, v: print("set", v))
print(p is p2, type(p2).__name__)
class D:
    x = p2
d = D()
d.x = 3
print(d.x)
class E:
    @property
    def a(self): return 1
    b = a.getter(lambda self: 2)
print(E().a, E().b)
