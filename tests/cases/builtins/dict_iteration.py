# iterating dicts: keys order, items unpacking, values, modifying values during iteration is allowed
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    d[k] *= 10
print(d)
print([k for k, v in d.items() if v > 10], [v // 10 for v in d.values()], list(zip(d, d.values())))
print(sorted(d, key=d.get), max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]))
it = iter(d)
print(next(it), next(it), list(it))
print(list(reversed(list(d.items()))), dict(sorted(d.items())))
