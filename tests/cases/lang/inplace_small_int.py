# Augmented assignment with a small int constant (compiled to one
# in-place-immediate instruction) for every operator and operand kind,
# including objects whose in-place methods differ from the binary ones.


def ints():
    x = 10
    x += 5
    x -= 20
    x *= -3
    print(x)
    x //= 4
    x %= 7
    x **= 3
    print(x)
    x <<= 5
    x >>= 2
    x &= 127
    x |= 64
    x ^= 3
    print(x)
    y = 2**47 - 1
    y += 1
    z = -(2**47)
    z -= 1
    print(y, z, type(y).__name__)
    f = 1.5
    f += 1
    f /= 2
    print(f)
    t = True
    t += 1
    print(t)


class Counter:
    def __init__(self):
        self.n = 0
        self.items = [1]

    def bump(self):
        self.n += 1
        self.n -= -2
        self.items *= 2
        return self.n


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, other):
        self.log.append(("iadd", other))
        return self

    def __add__(self, other):
        return "plain add"

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        return ("sub", other)


def objects():
    c = Counter()
    c.bump()
    print(c.bump(), c.items)
    a = Acc()
    a += 3
    print(a.log)
    a -= 4
    print(a)
    d = {"k": 1}
    d["k"] += 9
    lst = [5]
    lst[0] *= -2
    print(d, lst)
    s = "ab"
    s *= 3
    print(s)
    try:
        n = None
        n += 1
    except TypeError:
        print("TypeError")
    try:
        q = 1
        q //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


g = 5
g += 1


def use_global():
    global g
    g -= 10
    return g


ints()
objects()
print(use_global())
