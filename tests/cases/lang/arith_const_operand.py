# Binary operators with a constant right operand (compiled to the
# constant-operand forms) and the interpreter's inline number paths:
# every type mix must give the generic operator's result or error.


def show(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__)


for x in (0, 7, -7, 2**46, -(2**47), 2**47 - 1, 2**70, -(2**70), 7.5, -7.5, True, False):
    show(lambda v: v * 7, x)
    show(lambda v: v * 1103515245 + 12345, x)
    show(lambda v: v % 1000, x)
    show(lambda v: v % -3, x)
    show(lambda v: v // 3, x)
    show(lambda v: v // -3, x)
    show(lambda v: v / 4, x)
    show(lambda v: v & 0x7FFFFFFF, x)
    show(lambda v: v | 256, x)
    show(lambda v: v ^ -1, x)
    show(lambda v: v << 15, x)
    show(lambda v: v << 70, x)
    show(lambda v: v >> 3, x)
    show(lambda v: v >> 100, x)
    show(lambda v: v ** 2, x)
    show(lambda v: v ** -1, x)
    show(lambda v: v ** 0.5, x)
    show(lambda v: v ** 3, x)
    show(lambda v: 1.5 ** v, x)
    show(lambda v: v + 100000, x)
    show(lambda v: v - 0.25, x)
    show(lambda v: v * 0.5, x)

# Zero divisors and bad shift counts raise.
for x in (5, -5, 5.0, 2**70):
    show(lambda v: v % 0, x)
    show(lambda v: v // 0, x)
    show(lambda v: v / 0, x)
    show(lambda v: v / 0.0, x)
    show(lambda v: v % 0.0, x)
show(lambda v: v << -1, 3)
show(lambda v: v >> -1, 3)

# Sequences, strings and other types with constants.
show(lambda v: v * 3, "ab")
show(lambda v: v * 2, [1, 2])
show(lambda v: v + "-", "x")
show(lambda v: v + (3,), (1, 2))
show(lambda v: v % 3, "%d")
show(lambda v: v * 2, None)
show(lambda v: v + 1, "a")
show(lambda v: v - 1.5, [1])


class N:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return N(self.v * o)

    def __rmul__(self, o):
        return "r" + str(o)

    def __mod__(self, o):
        return "mod %r" % (o,)

    def __repr__(self):
        return "N(%r)" % (self.v,)


show(lambda v: v * 3, N(2))
show(lambda v: v * 0.5, N(2))
show(lambda v: v % "s", N(1))
show(lambda v: 3 * v, N(1))
# Floats: signs of zero, infinities, nan.
show(lambda v: v * -1.0, 0.0)
show(lambda v: v * 0.0, float("inf"))
show(lambda v: v - 1e308, -1e308)
show(lambda v: v / 1e-320, 1e10)
