# staticmethod/classmethod objects used directly, via instances and subclasses, and stored in containers
class A:
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls, x): return cls.__name__ + str(x)
    def inst(self): return self.s(1), self.c(2)
class B(A): pass
print(A.s(1), A().s(2), B.s(3), A.c(1), B.c(2), B().c(3), B().inst())
fs = [A.s, B.c]
print([f(0) for f in fs])
class C:
    f = staticmethod(len)
    g = classmethod(lambda cls: cls.__name__)
print(C.f("abc"), C().f([1]), C.g(), C().g())
