# a right operand of a proper subclass that overrides the reflected method goes first (binary ops and comparisons)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("N.add", type(o).__name__)
        return NotImplemented if isinstance(o, str) else "N.add"
    def __radd__(self, o):
        print("N.radd")
        return "N.radd"
    def __sub__(self, o): return "N.sub"
    def __lt__(self, o):
        print("N.lt")
        return NotImplemented
    def __gt__(self, o):
        print("N.gt")
        return "N.gt"
    def __eq__(self, o):
        print("N.eq")
        return NotImplemented
class Over(N):
    def __radd__(self, o):
        print("Over.radd")
        return "Over.radd"
    def __rsub__(self, o): return NotImplemented
class Same(N):
    pass
class Shy(N):
    def __radd__(self, o):
        print("Shy.radd")
        return NotImplemented
print(N(1) + Over(2))
print(N(1) + Same(2))
print(N(1) + Shy(2))
print(N(1) - Over(2))
print(Over(1) + N(2))
print(Over(1) + Over(2))
x = N(1)
x += Over(2)
print(x)
print(N(1) < Same(2))
print(Same(1) < N(2))
print(N(1) == Same(2))
print(Same(1) == N(2))
class Twin:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "never"
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "Twin.gt reflected"
try:
    Twin() + Twin()
except TypeError:
    print("TypeError same type")
print(Twin() < Twin())
class I(int):
    def __radd__(self, o): return "I.radd " + str(o)
    def __gt__(self, o): return "I.gt"
class J(int):
    pass
print(1 + I(2), I(2) + 1, 1 + J(2), J(2) + 1, type(1 + J(2)).__name__)
print(1 < I(2), I(2) > 1, 1 < J(2), J(5) > 1)
class F(float):
    def __rsub__(self, o): return "F.rsub"
    def __rmul__(self, o): return NotImplemented
print(1.5 - F(1), 2 - F(1), F(1) - 1.5, 2.0 * F(3))
class S(str):
    def __radd__(self, o): return "S.radd:" + o
print("a" + S("b"), S("b") + "a", "a" + str(S("b")))
class L(list):
    def __radd__(self, o): return "L.radd"
    def __eq__(self, o): return "L.eq"
print([1] + L([2]), L([2]) + [1], [1] == L([1]), L([1]) == [1])
