# getattr/setattr/hasattr/delattr with defaults, dynamic names, methods, errors
class O:
    cls_attr = "c"
    def m(self): return "method"
o = O()
setattr(o, "x", 1)
setattr(o, "with space", 2)
print(getattr(o, "x"), getattr(o, "with space"), getattr(o, "cls_attr"), getattr(o, "m")(), getattr(o, "nope", None), getattr(O, "cls_attr"))
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(o, "m"), hasattr(O, "x"), hasattr(1, "real"), hasattr("s", "upper"))
delattr(o, "x")
print(hasattr(o, "x"))
for bad in (lambda: getattr(o, "nope"), lambda: delattr(o, "nope"), lambda: setattr(1, "x", 2), lambda: getattr(o, 5), lambda: delattr(O, "zz")):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
setattr(O, "added", lambda self: "added method")
print(o.added(), getattr(o, "added")())
for name in ("a", "b", "c"):
    setattr(o, name, name * 2)
print([getattr(o, n) for n in "abc"])
class G:
    def __getattr__(self, n):
        if n == "boom":
            raise ValueError("not attr error")
        raise AttributeError(n)
try:
    hasattr(G(), "boom")
except ValueError:
    print("hasattr propagates non-AttributeError")
print(hasattr(G(), "other"), getattr(G(), "other", "dflt"))
