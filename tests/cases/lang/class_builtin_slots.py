# builtin dunders reached through super() and through the type on subclasses of list, dict, set, str, tuple, float, bytearray
class Counted(list):
    def __init__(self, n, fill=0):
        super().__init__([fill] * n)
        self.n = n
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return super().__contains__(x // 10)
    def __iter__(self):
        return iter([x + 1 for x in list.__iter__(self)])
    def __repr__(self):
        return "Counted" + super().__repr__()
    def __iadd__(self, other):
        return super().__iadd__([x * 2 for x in other])
c = Counted(3)
c[1] = 4
print(c[1], c[0:2], len(c), 40 in c, list(c), repr(c), c.n)
del c[0]
c += [7]
print(type(c).__name__, repr(c), list.__len__(c), c == [40, 0, 14], c != [0], list.__eq__(c, [40, 0, 14]))
class Lower(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.hits = 0
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        self.hits += 1
        return super().__getitem__(k.lower())
    def __missing__(self, k):
        return "missing " + k
    def __contains__(self, k):
        return super().__contains__(k.lower())
d = Lower({"x": 1}, y=2)
d["AB"] = 3
print(d["AB"], d["Zz"], "X" in d, d.hits, sorted(d.items()), len(d), dict.__len__(d))
print(dict.__getitem__(d, "ab"), dict.__getitem__(d, "nope"), dict.__contains__(d, "X"), d.__repr__() == repr(dict(d)))
dict.__setitem__(d, "RAW", 0)
dict.__delitem__(d, "x")
print(sorted(d), sorted(dict.__iter__(d)))
class Tags(set):
    def __init__(self, text):
        super().__init__(text.split())
print(sorted(Tags("b a b c")), len(Tags("x y")), set.__contains__(Tags("q"), "q"), set.__len__(Tags("")))
class Text(str):
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
    def __len__(self):
        return super().__len__() * 2
    def __add__(self, o):
        return Text(super().__add__(o))
    def __eq__(self, o):
        return super().__eq__(o.lower() if isinstance(o, str) else o)
    __hash__ = str.__hash__
t = Text("abc")
print(t[0], t[1:], len(t), t + "d", type(t + "d").__name__, t == "ABC", t == "x", hash(t) == hash("abc"))
print(str.__len__(t), str.__getitem__(t, 2), str.__contains__(t, "bc"), list(str.__iter__(t)), str.__str__(t), str.__repr__(t))
print(str.__lt__("a", "b"), str.__lt__("a", 1), str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 2))
class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
    def __mul__(self, k):
        return Vec(super().__mul__(k))
    def __getitem__(self, i):
        return super().__getitem__(i) * 100
v = Vec((1, 2))
print(v + (10, 20), v * 2, v[1], tuple.__getitem__(v, 0), tuple.__len__(v), tuple.__add__(v, (3,)), tuple.__hash__(v) == hash((1, 2)))
class Meters(float):
    def __add__(self, o):
        return Meters(super().__add__(o))
    def __repr__(self):
        return "Meters(" + super().__repr__() + ")"
m = Meters(1.5) + 2
print(m, repr(m), type(m).__name__, float.__add__(1.5, 2), float.__mul__(2.0, "x"), float.__rsub__(1.0, 3), float.__truediv__(1.0, 4))
class Buf(bytearray):
    def __init__(self, n):
        super().__init__(n)
        self[0] = 65
b = Buf(3)
print(b, len(b), bytearray.__getitem__(b, 0), bytes(b))
print(hasattr(list, "__setitem__"), hasattr(dict, "__getitem__"), hasattr(str, "__iter__"), hasattr(tuple, "__setitem__"), hasattr(int, "__len__"))
for bad in [lambda: list.__setitem__((1,), 0, 1), lambda: dict.__getitem__([], 0), lambda: str.__len__(5)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
class Plain(list):
    def __init__(self, a, b):
        self.extend([a, b])
print(Plain(1, 2), Plain("x", "y")[1])
class NoSuper(dict):
    def __init__(self, **kw):
        self.kw = kw
print(NoSuper(a=1), NoSuper(a=1).kw)
class FS(frozenset):
    pass
print(repr(Tags("a")), repr(Tags("")), repr(FS()), repr(FS([2])), repr(Buf(1)), str(Tags("z")), [Tags("w")])
