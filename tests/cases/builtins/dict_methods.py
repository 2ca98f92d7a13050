# dict methods: get setdefault pop popitem update fromkeys copy clear keys values items
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError:
    print("KeyError pop")
d.update({"x": 10}); d.update([("y", 20)]); d.update(z=30); d.update({"a": 0}, b=-1); d.update()
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy(); c["new"] = 1
print("new" in d, "new" in c, c is d)
c.clear()
print(c, len(c))
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()))
ks = d.keys()
d["late"] = 1
print(list(ks), "late" in ks, ("late", 1) in d.items(), 1 in d.values())
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))), dict(((1, 2), (3, 4))))
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    dict([1])
except TypeError:
    print("TypeError")
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == {})
