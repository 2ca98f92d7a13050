# in-place operator dunders, fallback to binary op, aliasing effects
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, x):
        self.v.append(x)
        return self
    def __isub__(self, x):
        self.v.remove(x)
        return self
    def __imul__(self, k):
        self.v = self.v * k
        return self
a = Acc()
alias = a
a += 1; a += 2; a -= 1; a *= 2
print(a.v, alias is a)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
l1 = [1]
l2 = l1
l1 += [2]
print(l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2)
s1 = {1}
s2 = s1
s1 |= {2}
s1 &= {2, 3}
print(sorted(s2))
class Ops:
    def __init__(self, v): self.v = v
    def __ifloordiv__(self, o): self.v //= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
o = Ops(100)
o //= 3; print(o.v)
o %= 7; print(o.v)
o **= 3; print(o.v)
o &= 0xff; print(o.v)
o |= 0x100; print(o.v)
o ^= 1; print(o.v)
o <<= 2; print(o.v)
o >>= 3; print(o.v)
o /= 4; print(o.v)
class Ret:
    def __iadd__(self, o): return "replaced"
r = Ret()
r += 1
print(r)
