# Instantiation after __init__/__new__ change on the class or a base, and
# with many short-lived classes (the constructor lookup cache must notice).


class C:
    def __init__(self):
        self.x = 1


a = C()


def i2(self):
    self.x = 2


C.__init__ = i2
b = C()
print(a.x, b.x)


class D(C):
    pass


print(D().x)
C.__init__ = lambda self: setattr(self, "x", 3)
print(D().x)
D.__init__ = lambda self: setattr(self, "x", 4)
print(D().x, C().x)
del D.__init__
print(D().x)


def n2(cls):
    o = object.__new__(cls)
    o.y = "new"
    return o


C.__new__ = n2
c = C()
print(c.x, c.y)
del C.__new__
print(hasattr(C(), "y"))

# Many classes created and dropped, each instantiated a few times.
total = 0
for i in range(300):

    class K:
        def __init__(self, v):
            self.v = v * i

    junk = [[j] * 10 for j in range(20)]
    for j in range(3):
        total += K(j).v
print(total)


class P:
    def __init__(self, a, b=2, *rest, **kw):
        self.s = a + b + sum(rest) + sum(kw.values())


print(P(1).s, P(1, 3).s, P(1, 2, 3, 4).s, P(1, k=5).s)
