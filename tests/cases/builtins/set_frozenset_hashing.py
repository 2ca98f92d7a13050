# sets of frozensets and tuples; frozenset as dict key; set equality independent of construction order
fs = {frozenset("ab"), frozenset("ba"), frozenset("abc")}
print(len(fs), frozenset("ba") in fs, {frozenset(): 1}[frozenset([])])
a = set(range(100))
b = set(range(99, -1, -1))
print(a == b, len(a ^ b), hash(frozenset(a)) == hash(frozenset(b)))
print(sorted(len(s) for s in fs), sorted(tuple(sorted(s)) for s in fs))
