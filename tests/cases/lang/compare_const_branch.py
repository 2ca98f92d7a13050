# Fused compare-and-branch against constants and registers: ints, floats,
# int/float mixes near the small-int limit, NaN, strings, None, bools,
# and objects with rich comparisons (all must agree with the operators).


def classify(x):
    out = []
    if x < 0.0:
        out.append("neg")
    if x == 0.5:
        out.append("half")
    if x >= 1000:
        out.append("big")
    if x != 3:
        out.append("not3")
    if x <= 1e-6:
        out.append("tiny")
    if x > 2**50:
        out.append("huge")
    return out


for v in (-1, 0, 0.5, 3, 3.0, 999.5, 1000, 2**46, 2**47 - 1, 2**47, 2**51, -0.0,
          float("inf"), float("-inf"), float("nan"), True, False):
    print(repr(v), classify(v))


def strs(s):
    r = []
    if s == "abc":
        r.append("eq")
    if s != "abc":
        r.append("ne")
    if s < "b":
        r.append("lt")
    return r


for s in ("abc", "abd", "a", "", "zz"):
    print(repr(s), strs(s))


def bad(x):
    try:
        if x < 1.5:
            return "lt"
        return "ge"
    except TypeError as e:
        return "TypeError"


for v in (None, "x", [1], (1,), 1, 2.5):
    print(repr(v), bad(v))


def eqs(x):
    return [x == 1.0, x != 1.0, x == "1", x == None]


for v in (1, 1.0, True, "1", None, 1 + 0j):
    print(repr(v), eqs(v))


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o)
        return self.v < o

    def __eq__(self, o):
        print("eq", self.v, o)
        return self.v == o

    def __ge__(self, o):
        return NotImplemented

    def __le__(self, o):
        print("le", self.v, o)
        return True


c = C(2)
if c < 2.5:
    print("c small")
if c == 2:
    print("c two")
try:
    if c >= 10:
        print("ge true")
except TypeError:
    print("ge TypeError")

# Registers on both sides, mixed types.
pairs = [(1, 1.0), (2, 1.5), (2**47 - 1, float(2**47 - 1)), (-3, -3.5), (0.1, 0)]
for a, b in pairs:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
n = 0
while n < 2.5:
    n += 1
print(n)
