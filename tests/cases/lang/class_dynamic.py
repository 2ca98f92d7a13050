# classes are objects: created in functions, stored in containers, attributes added after creation
def make(name, base=object):
    class Dyn(base):
        label = name
    return Dyn
A = make("a")
B = make("b", A)
print(A.label, B.label, issubclass(B, A), A is not make("a"))
registry = {c.label: c for c in (A, B)}
print(sorted(registry), registry["b"]().label)
A.extra = staticmethod(lambda: "extra")
print(B.extra(), B().extra())
