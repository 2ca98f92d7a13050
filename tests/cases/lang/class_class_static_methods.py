# classmethod and staticmethod called on class and instance, inherited
class A:
    n = "A"
    @classmethod
    def who(cls): return cls.n
    @staticmethod
    def add(a, b): return a + b
    @classmethod
    def make(cls, *args): return cls(*args)
    def __init__(self, v=0): self.v = v
class B(A):
    n = "B"
print(A.who(), B.who(), A().who(), B().who())
print(A.add(1, 2), A().add(3, 4), B.add("x", "y"))
b = B.make(5)
print(type(b).__name__, b.v)
class Counter:
    total = 0
    @classmethod
    def inc(cls):
        cls.total += 1
        return cls.total
print(Counter.inc(), Counter.inc(), Counter().inc())
sm = staticmethod(lambda: "raw")
class C:
    f = sm
print(C.f(), C().f())
