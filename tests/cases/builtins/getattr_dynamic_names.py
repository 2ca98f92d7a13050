# getattr/hasattr with names built at run time (not source identifiers) find every kind of attribute
import _exec_helper as mod
def n(*parts):
    return "".join(parts)
class P:
    cls_attr = "class attribute"
    def __init__(self):
        self.inst_attr = "instance attribute"
    @property
    def prop(self):
        return "property"
    def meth(self):
        return "method"
    @classmethod
    def cm(cls):
        return "classmethod " + cls.__name__
class Q(P):
    def meth(self):
        return "sub " + getattr(super(), n("me", "th"))()
p = Q()
setattr(p, n("dyn", "_set"), "set dynamically")
print(getattr(p, n("inst", "_attr")), getattr(p, n("cls", "_attr")), getattr(p, n("pr", "op")))
print(getattr(p, n("me", "th"))(), getattr(Q, n("c", "m"))(), getattr(p, n("dyn", "_set")), getattr(Q, n("__na", "me__")))
print(getattr(mod, n("VAL", "UE")), getattr("abc", n("up", "per"))(), getattr([3, 1], n("co", "unt"))(3), getattr(5, n("real")))
print(hasattr(p, n("no", "such", "thing")), hasattr(p, n("me", "th")), getattr(p, n("missing", "_zz"), "default"))
g = {}
exec(n("glob", "_name = 1"), g)
print(getattr(type(n("x", "y")), n("jo", "in"))(",", "ab"))
class Dyn:
    def __getattr__(self, name):
        return "fallback " + name
print(getattr(Dyn(), n("any", "thing", "_at_all")), Dyn().__dict__ == {})
e = ValueError(n("a", "b"))
print(getattr(e, n("ar", "gs")), type(getattr(e, n("__cl", "ass__"))).__name__)
try:
    getattr(p, n("not", "_there", "_either"))
except AttributeError:
    print("AttributeError")
ns = type(n("Made", "Up"), (), {n("made", "_attr"): 42})
print(getattr(ns, n("made", "_attr")), getattr(ns(), n("made", "_attr")), ns.__name__)
names = [n("attr", str(i)) for i in range(50)]
for i, k in enumerate(names):
    setattr(p, k, i)
print(sum(getattr(p, k) for k in names), all(hasattr(p, k) for k in names))
