# One attribute-load, attribute-store and method-call site each, run over
# objects that change under it: the site's inline cache must notice every
# change (different layouts, shadowing, class changes, deletion).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "P.m"


class Q:
    def __init__(self, y, x):
        self.y = y
        self.x = x

    def m(self):
        return "Q.m"


def load_x(o):
    return o.x


def store_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def loads():
    p, q = P(1, 2), Q(3, 4)
    print([load_x(o) for o in (p, q, p, q)])
    del p.x
    try:
        load_x(p)
    except AttributeError as e:
        print("AttributeError", e)
    p.x = 9
    print(load_x(p))
    P.x = "class-level"
    print(load_x(P(5, 6)), load_x(P), load_x(p))
    del P.x
    P.x = property(lambda self: "property", lambda self, v: None)
    print(load_x(P(7, 8)), load_x(p))
    del P.x
    print(load_x(P(7, 8)))


def stores():
    p, q = P(1, 2), Q(3, 4)
    for o, v in ((p, 10), (q, 20), (p, 30)):
        store_x(o, v)
    print(p.x, q.x, vars(p), vars(q))
    P.x = property(lambda self: "got", lambda self, v: print("setter", v))
    store_x(p, 40)
    print(load_x(p))
    P.x = property(lambda self: "read-only")
    try:
        store_x(p, 45)
    except AttributeError as e:
        print("AttributeError")
    del P.x
    store_x(p, 50)
    print(p.x)


def methods():
    p, q = P(1, 2), Q(3, 4)
    print([call_m(o) for o in (p, q, p)])
    p.m = lambda: "instance attr"
    print(call_m(p), call_m(P(0, 0)))
    del p.m
    print(call_m(p))
    P.m = lambda self: "replaced"
    print(call_m(p), call_m(q))


class S:
    __slots__ = ("x", "z")

    def __init__(self):
        self.x = 1


class G:
    def __getattr__(self, n):
        return "dyn-" + n


class A:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)


def odd_classes():
    s = S()
    print(load_x(s))
    store_x(s, 11)
    print(load_x(s))
    g = G()
    print(load_x(g))
    a = A()
    store_x(a, 4)
    print(load_x(a))
    objs = [P(1, 2), S(), G(), A(), Q(5, 6)]
    store_x(objs[3], 1)
    print([load_x(o) for o in objs])


def many_instances():
    ps = [P(i, -i) for i in range(5)]
    for i, o in enumerate(ps):
        if i % 2:
            o.extra = i
        store_x(o, i * 100)
    print([load_x(o) for o in ps], [call_m(o) for o in ps[:2]])


loads()
stores()
methods()
odd_classes()
many_instances()
