# Instantiation fast path and per-class cached facts: every cache must
# follow class changes made after instances exist.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, i + 1) for i in range(5)]
print([(p.x, p.y) for p in ps])


# Replacing __init__ after instances were made.
def init2(self, x, y):
    self.x = -x
    self.y = -y


P.__init__ = init2
print(P(3, 4).x, P(3, 4).y)


# Deleting __init__: object's takes over (no arguments allowed).
del P.__init__
p = P()
print(hasattr(p, "x"))
try:
    P(1, 2)
except TypeError as e:
    print("TypeError", e)


# Adding __new__ later.
class Q:
    def __init__(self, v):
        self.v = v


print(Q(1).v)


def qnew(cls, v):
    o = object.__new__(cls)
    o.w = v * 10
    return o


Q.__new__ = staticmethod(qnew)
q = Q(2)
print(q.v, q.w)


def qnew_other(cls, v):
    return [v]


Q.__new__ = staticmethod(qnew_other)
print(Q(5))


# __init__ returning a value.
class R:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        R()
    except TypeError as e:
        print("TypeError", e)


# __init__ raising: the error propagates, later calls still work.
class S:
    def __init__(self, ok):
        if not ok:
            raise ValueError("bad")
        self.ok = ok


for ok in [1, 0, 2]:
    try:
        print(S(ok).ok)
    except ValueError as e:
        print("ValueError", e)


# Defaults, keywords, *args, **kwargs on __init__.
class D:
    def __init__(self, a, b=2, *rest, c=3, **kw):
        self.t = (a, b, rest, c, sorted(kw.items()))


print(D(1).t, D(1, 5).t, D(1, 5, 6, 7).t, D(1, c=9, z=1).t)
try:
    D()
except TypeError as e:
    print("TypeError", e)


class W:
    def __init__(self, a):
        self.a = a


for args in [(), (1, 2)]:
    try:
        W(*args)
    except TypeError as e:
        print("TypeError", e)
print(W(a=4).a)


# Calls from native code (map, sorted key) and nested instantiation.
print([w.a for w in map(W, [1, 2, 3])])


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None
        self.depth = depth


n = Node(50)
c = 0
while n:
    c += 1
    n = n.child
print(c)


# Exception and builtin subclasses.
class E(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


for i in range(2):
    try:
        raise E(i)
    except E as e:
        print(type(e).__name__, e, e.code, e.args)


class L(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


lst = L([1, 2], "t")
print(lst, len(lst), lst.tag, L([3], "u") + [4])


class Plain:
    pass


print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)


# Classes made in a loop.
objs = []
for i in range(20):

    class K:
        def __init__(self, v, i=i):
            self.v = v + i

    objs.append(K(100))
print([o.v for o in objs])
