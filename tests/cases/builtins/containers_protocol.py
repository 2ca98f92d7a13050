# container protocol details: views with iterables, in-place set/dict/list operators keep identity, __contains__ and friends
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() - ["a"]), sorted(d.keys() | "xy"), sorted(["c", "q"] & d.keys()), sorted(d.items() ^ {("a", 1)}))
print(d.keys().isdisjoint("xyz"), d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.values() == d.values())
s = {1, 2}
alias = s
s |= {3}; s &= {1, 3, 4}; s ^= {9}; s -= {1}
print(sorted(alias), alias is s)
e = {1: 1}
a2 = e
e |= [(2, 2)]; e |= {3: 3}
print(a2, a2 is e)
l = [1, 2]
a3 = l
l += (3,); l *= 2
print(a3, a3 is l)
print([1, 2].__contains__(2), {1: 0}.__contains__(1), frozenset([1]).__contains__(2), (1, 2).__len__(), [5, 6].__getitem__(-1))
print(list([3, 4].__iter__()), range(5).__contains__(3), list(map(len, ["ab", "c"]).__iter__()), next(zip("a", "b").__iter__()))
print(list.__len__([1, 2, 3]), dict.get({"k": 1}, "k"), set.union({1}, [2]), str(frozenset.union(frozenset([1]), {1})))
for bad in (lambda: list.append(5, 1), lambda: dict.keys([]), lambda: set.add(frozenset(), 1), lambda: [].append(), lambda: {}.get()):
    try:
        bad()
        print("no error")
    except TypeError:
        print("TypeError")
print(dict.fromkeys("ab"), int.from_bytes(b"\x01\x02", "big"), float.fromhex("0x1p3"))
class MyD(dict):
    def __missing__(self, k):
        return k * 2
m = MyD(x=1)
print(m["x"], m["yy"], len(m), m.get("q"), "q" in m)
class MyL(list):
    pass
ml = MyL([3, 1, 2])
ml.sort(); ml.append(9)
print(ml, len(ml), ml.index(9), ml.count(1), ml[1:], isinstance(ml, list))
r = range(10**18, 10**18 + 10, 3)
print(len(r), r[-1], list(r[::2]), 10**18 + 3 in r, r.index(10**18 + 6), list(reversed(r))[:2])
print([0, 1, 2][True], "abc"[False:], list(range(10))[slice(2**70)][-1:], list(range(5))[-2**70:2])
