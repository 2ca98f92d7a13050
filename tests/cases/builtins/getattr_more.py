# getattr/setattr on classes and instances, properties through getattr, methods bound by getattr
class C:
    x = 1
    @property
    def p(self): return "prop"
    def m(self, a): return a * 2
c = C()
setattr(C, "y", 2)
setattr(c, "x", 10)
print(getattr(c, "p"), getattr(c, "m")(4), C.x, c.x, c.y, getattr(C, "m")(c, 5))
try:
    setattr(c, "p", 1)
except AttributeError:
    print("AttributeError property")
print(getattr(c, "nope", None), getattr(1, "real"), getattr("a", "upper")(), getattr([], "append").__name__)
for name in ("x", "y", "p", "m", "zz"):
    print(name, hasattr(c, name), hasattr(C, name))
