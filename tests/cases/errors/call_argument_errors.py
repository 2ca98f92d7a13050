# TypeErrors of Python functions called with wrong arguments (CPython wording)
def check(label, fn, *args, **kw):
    try:
        fn(*args, **kw)
        print(label, "ok")
    except TypeError as e:
        print(label, e)


def f(a, b=2):
    return a


def g(a, b, c):
    return a


def h():
    return 0


def one(a):
    return a


def kwo(a, *, c, d=4):
    return a


def kwo3(*, x, y, z):
    return x


def po(a, b, /, c):
    return a


def po_kw(a, /, **kw):
    return (a, kw)


def star(a, *args, k):
    return a


def defs(a, b=1, c=2, *, d):
    return a


check("f()", f)
check("g()", g)
check("g(1)", g, 1)
check("g(1, 2)", g, 1, 2)
check("g(c=3)", g, c=3)
check("f(1,2,3)", f, 1, 2, 3)
check("h(1)", h, 1)
check("h(1,2)", h, 1, 2)
check("one(1,2)", one, 1, 2)
check("g(1,2,3,4)", g, 1, 2, 3, 4)
check("kwo(1)", kwo, 1)
check("kwo(1,2,c=3)", kwo, 1, 2, c=3)
check("kwo(1,2,c=3,d=4)", kwo, 1, 2, c=3, d=4)
check("kwo(1,2)", kwo, 1, 2)
check("kwo3()", kwo3)
check("kwo3(y=1)", kwo3, y=1)
check("kwo3(1)", kwo3, 1)
check("kwo3(1, x=2)", kwo3, 1, x=2)
check("defs()", defs)
check("defs(1)", defs, 1)
check("defs(1,2,3,4)", defs, 1, 2, 3, 4)
check("defs(1,2,3,4,d=1)", defs, 1, 2, 3, 4, d=1)
check("po(a=1,b=2,c=3)", po, a=1, b=2, c=3)
check("po(1,b=2,c=3)", po, 1, b=2, c=3)
check("po(1,2)", po, 1, 2)
check("po(1,2,3,4)", po, 1, 2, 3, 4)
check("po(1,2,z=3)", po, 1, 2, z=3)
print(po_kw(1, a=2))
check("po_kw()", po_kw)
check("f(1,a=2)", f, 1, a=2)
check("f(1,d=2)", f, 1, d=2)
check("f(1,2,3,d=2)", f, 1, 2, 3, d=2)
check("star()", star)
check("star(1,2,3)", star, 1, 2, 3)
check("star(1,a=2,k=3)", star, 1, a=2, k=3)


class K:
    def __init__(self, x):
        self.x = x

    def m(self, a, b):
        return a

    @classmethod
    def cm(cls, a):
        return a

    @staticmethod
    def sm(a, *, b):
        return a


check("K()", K)
check("K(1,2)", K, 1, 2)
check("K(y=1)", K, y=1)
k = K(1)
check("k.m()", k.m)
check("k.m(1)", k.m, 1)
check("k.m(1,2,3)", k.m, 1, 2, 3)
check("K.m()", K.m)
check("K.cm()", K.cm)
check("k.cm(1,2)", k.cm, 1, 2)
check("K.sm()", K.sm)
check("K.sm(1)", K.sm, 1)
check("k.sm(1,2)", k.sm, 1, 2)


def outer():
    def inner(p, q):
        return p

    return inner


check("inner()", outer())
lam = lambda x, y=1: x
check("lambda()", lam)
check("lambda(1,2,3)", lam, 1, 2, 3)


def gen(a, b):
    yield a


async def coro(a, *, b):
    return a


check("gen()", gen)
check("gen(1,2,3)", gen, 1, 2, 3)
check("coro()", coro)
check("coro(1)", coro, 1)

