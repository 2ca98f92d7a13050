# hash and id: only their properties (equal objects hash equal; id stable and unique among live objects)
print(hash(5) == hash(5.0) == hash(True + 4), hash("s") == hash("s"), hash((1, "a")) == hash((1, "a")), hash(b"b") == hash(b"b"))
print(type(hash("x")).__name__, type(hash(1.5)).__name__, hash(0) == hash(0.0) == hash(False), hash(frozenset()) == hash(frozenset()))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
a, b = [], []
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(None) == id(None), id(a) == id(a[:]))
x = a
print(id(x) == id(a), x is a)
class C: pass
objs = [C() for _ in range(50)]
print(len(set(id(o) for o in objs)))
class H:
    def __hash__(self): return 12345
print(hash(H()))
class Big:
    def __hash__(self): return 2**100
print(type(hash(Big())).__name__)
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError:
    print("TypeError bad __hash__")
