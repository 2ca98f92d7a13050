# TypeErrors of *args/**kwargs unpacking at call sites (and in displays)
def f(a, b=2):
    return a


def g(a, b, c):
    return a


def po_kw(a, /, **kw):
    return (a, kw)


def star(a, *args, k):
    return a


class K:
    def __init__(self, x):
        self.x = x

    def m(self, a, b):
        return a


k = K(1)

try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    g(*[1])
except TypeError as e:
    print(e)
try:
    f(**{"z": 1})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1, "b": 2}, b=3)
except TypeError as e:
    print(e)
try:
    f(1, **{"a": 1})
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    k.m(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    po_kw(**{1: 2})
except TypeError as e:
    print(e)
try:
    len(*1)
except TypeError as e:
    print(e)
try:
    K(**[])
except TypeError as e:
    print(e)
try:
    g(1, *2, 3)
except TypeError as e:
    print(e)
try:
    f(1, **{"b": 2}, b=3)
except TypeError as e:
    print(e)
try:
    f(1, **{"b": 2}, c=3, **{"c": 4})
except TypeError as e:
    print(e)


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError


class BadIter:
    def __iter__(self):
        raise TypeError("custom iter failure")


print(g(*Seq(), 5))
try:
    f(*BadIter())
except TypeError as e:
    print(e)
print(f(**{"a": 7}), f(*(5,), **{}), f(*"x"))
print(po_kw(1, **{"a": 2, "b": 3}))
try:
    po_kw(1, 2)
except TypeError as e:
    print(e)
try:
    star(1, 2, **{"k": 1, "a": 0})
except TypeError as e:
    print(e)
for thunk in (lambda: f(1, *2), lambda: f(*2, 1), lambda: f(*[], *2), lambda: f(*2, a=1),
              lambda: f(1, **2), lambda: f(**{}, **2), lambda: k.m(*2), lambda: [*2], lambda: (*2,)):
    try:
        thunk()
    except TypeError as e:
        print(e)


# ** accepts any mapping (keys() and []) and dict subclasses.
class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        return key * 2


class IntKeys(Mapping):
    def keys(self):
        return [1]


class D(dict):
    pass


def kw(**k):
    return sorted(k.items())


print(kw(**Mapping()), {**Mapping()}, kw(**D(x=1)), {**D(y=2)})
for thunk in (lambda: kw(**Mapping(), a=1), lambda: kw(**IntKeys()), lambda: {**5},
              lambda: f(**D(a=1), a=2)):
    try:
        thunk()
    except TypeError as e:
        print(e)
