# str(), bool(), list(), tuple(), set(), dict() constructors on many inputs
print(repr(str()), str(0), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str(b"ab"), str(1j))
print(bool(), bool(0), bool(0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(2**100), bool(-1))
class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(T()), bool(L()), bool(Both()), not T())
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError:
    print("TypeError")
print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(2)), list(b"ab"), list(x for x in "q"))
print(tuple(), tuple([1]), sorted(set("abca")), dict([("a", 1)]), list(map(str, range(3))))
l = [1, 2]
print(list(l) is l, list(l) == l, tuple(l) == (1, 2))
for bad in (5, None):
    try:
        list(bad)
    except TypeError:
        print("TypeError", bad)
