# Attribute stores through the SetAttr cache keep CPython's semantics:
# __dict__ contents after stores and deletes, properties and __setattr__ added later.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


objs = [P(i, i * 2) for i in range(5)]
o = objs[2]
o.c = 9
o.a = 7
del o.b
print(vars(o), o.a, [vars(x) for x in objs[:2]])
q = P(1, 2)
print(vars(q))


def setter(self, name, value):
    object.__setattr__(self, name, value * 10)


P.__setattr__ = setter
print(vars(P(1, 2)))
del P.__setattr__
P.b = property(lambda self: "prop", lambda self, v: None)
r = P(3, 4)
print(vars(r), r.b)
