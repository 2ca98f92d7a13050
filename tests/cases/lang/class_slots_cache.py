# __slots__ classes through the attribute caches: fresh instances filled in
# a loop, subclasses with and without slots sharing the base __init__, and
# a non-slot name still refused after the caches are warm.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, d):
        self.x = self.x + d
        return self


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z


class Free(P):
    pass


total = 0
for i in range(50):
    p = P(i, -i).move(1)
    total += p.x + p.y
print(total)
q = Q(1, 2, 3).move(5)
print(q.x, q.y, q.z)
f = Free(7, 8)
f.extra = 9
print(f.x, f.y, f.extra)


def set_w(o):
    o.w = 1


for o in (f, P(0, 0)):
    try:
        set_w(o)
        print("set", o.w)
    except AttributeError as e:
        print("AttributeError", e)
for o in (P(1, 1), Q(1, 1, 1)):
    try:
        o.z = 4
        print("z", o.z)
    except AttributeError as e:
        print("AttributeError", e)
