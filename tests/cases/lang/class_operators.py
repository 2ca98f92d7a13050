# binary operator dunders, reflected operands and NotImplemented fallback
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return V(*[a * k for a in self.c])
    def __rmul__(self, k): return V(*[k * a for a in self.c])
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __pow__(self, k): return V(*[a ** k for a in self.c])
    def __rsub__(self, k): return V(*[k - a for a in self.c])
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __matmul__(self, o): return "matmul"
a, b = V(1, 2), V(10, -20)
print(a + b, a - b, a * 3, 3 * a, a + 1, 1 + a, 10 - a, a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(b), ~a, a & 1, a | 1, a ^ 1, a << 1, a >> 1, 1 & a, 1 | a, a @ b)
try:
    a + "s"
except TypeError:
    print("TypeError")
try:
    "s" - a
except TypeError:
    print("TypeError rsub")
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "right handled"
print(Left() + Right())
class SubV(V):
    def __radd__(self, o): return "subclass radd first"
print(V(1) + SubV(2))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2), Cmp(2) <= Cmp(2), Cmp(3) >= Cmp(4))
print([c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])], max(Cmp(5), Cmp(9)).v)
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(5) > OnlyLt(2))
