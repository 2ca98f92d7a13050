# set operations with frozensets and iterables; comparisons; in-place with aliasing; removal while iterating
a = {1, 2, 3}
f = frozenset([2, 3, 4])
print(sorted(a | f), sorted(a & f), sorted(a - f), sorted(a ^ f), type(a | f).__name__, type(f | a).__name__)
print(a == {3, 2, 1}, a < {1, 2, 3, 4}, a <= a, a > {1}, not (a < a), {1, 2} < {1, 3}, {1, 2} > {1, 3})
alias = a
a |= {5}
a -= {1}
print(sorted(alias), alias is a)
s = set(range(5))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError:
    print("RuntimeError changed size")
print(sorted({x % 3 for x in range(10)}), sorted(set("mississippi")))
s = {1, 2, 3}
s.update(range(2), "a")
print(sorted(s, key=str))
print(sorted({1, 2}.union()), {1}.isdisjoint([]), set().issubset(set()), sorted(set([3, 1]).copy()))
