# super().method(...) calls answered from a cache: they must follow
# methods replaced, added or deleted along the MRO after the first calls.


class A:
    def f(self):
        return "A.f"

    def g(self, x):
        return ("A.g", x)

    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__

    @staticmethod
    def sm(x):
        return ("A.sm", x)


class B(A):
    def f(self):
        return "B.f>" + super().f()


class C(A):
    def f(self):
        return "C.f>" + super().f()

    def g(self, x):
        return ("C.g", super().g(x))


class D(B, C):
    def f(self):
        return "D.f>" + super().f()

    def g(self, x):
        return ("D.g", super().g(x))

    def h(self):
        return super().cm(), super().sm(3)

    @classmethod
    def k(cls):
        return super().cm()


d = D()
for _ in range(2):
    print(d.f())
    print(d.g(1))
    print(d.h(), D.k())
print(B().f(), C().f())


# Replace a method in the middle of the MRO.
def c_f(self):
    return "C.f2>" + super(C, self).f()


C.f = c_f
print(d.f())
del C.f
print(d.f())
B.f = lambda self: "B.lambda"
print(d.f())
del B.f
print(d.f())


# Add a method later on a base.
class Base:
    pass


class Mid(Base):
    def run(self):
        try:
            return super().run()
        except AttributeError as e:
            return "missing"


m = Mid()
print(m.run())
Base.run = lambda self: "Base.run"
print(m.run())
Base.run = property(lambda self: lambda: "prop run")
print(m.run())


# super().__init__ reaching object.__init__.
class O:
    def __init__(self, v):
        super().__init__()
        self.v = v


print(O(4).v)


# Many classes, so cache entries are evicted and refilled.
classes = []
for i in range(40):

    class X(A):
        def f(self, i=i):
            return super().f() + str(i)

    classes.append(X)
for r in range(2):
    print([c().f() for c in classes][::7])
