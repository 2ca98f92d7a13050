# frozenset: immutable, hashable, operators return frozenset, equality with set
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f | {9}).__name__, type({9} | f).__name__, sorted(f & {1, 9}))
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([1, 2, 3])), {f: "ok"}[frozenset({1, 2, 3})])
print(frozenset(), repr(frozenset()), repr(frozenset([7])), frozenset("aa") == frozenset("a"), f.issubset({1, 2, 3, 4}))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), f.copy() == f, sorted(f.union([5])), sorted(f.difference({1})), sorted(f.symmetric_difference({1, 7})))
