# set: add remove discard pop clear copy update + all operators and in-place forms
s = {1, 2, 3}
s.add(4); s.add(1); s.discard(99); s.discard(2); s.remove(3)
print(sorted(s), len(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError remove")
p = s.pop()
print(p in (1, 4), len(s))
try:
    set().pop()
except KeyError:
    print("KeyError pop")
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 5])))
print(a <= a, a < a, {3} < a, a > {1}, a >= b, {1} <= {1, 2}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = a.copy()
c |= {10}; print(sorted(c))
c &= {1, 2, 10, 11}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 3}; print(sorted(c))
c.update([7], (8,)); print(sorted(c))
c.intersection_update({7, 8, 10}); print(sorted(c))
c.difference_update([7]); print(sorted(c))
c.symmetric_difference_update({8, 9}); print(sorted(c))
c.clear(); print(c, len(c))
print(set(), set([1, 1, 2]) == {1, 2}, set("hello") == set("ohel"), sorted(set(range(5))), len(set({"a": 1})))
try:
    {1} | [2]
except TypeError:
    print("TypeError set|list")
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
print({1, 2} == {2, 1}, {1} != {1.0}, 1 in {1.0}, {True, 1, 1.0} == {1}, repr({5}), repr(set()))
