# super() with explicit arguments and in various method kinds
class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A:" + cls.__name__
class B(A):
    def who(self): return "B>" + super(B, self).who()
    @classmethod
    def cwho(cls): return "B>" + super().cwho()
class C(B):
    def who(self): return "C>" + super().who()
    def skip(self): return super(B, self).who()
c = C()
print(c.who(), c.skip(), C.cwho(), B.cwho())
class D(A):
    def __init__(self):
        self.v = super().who()
print(D().v)
