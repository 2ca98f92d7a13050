# dict.update/constructor from mappings, iterables of pairs, kwargs; merge | on CPython-style dicts
d = {"a": 1}
d.update(zip("bc", (2, 3)))
d.update({"a": 10}.items())
d.update([["d", 4]])
print(d)
try:
    d.update(5)
except TypeError:
    print("TypeError")
try:
    d.update(["ab", "cde"])
except ValueError:
    print("ValueError")
print(d)
class M:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()} if False else dict(M(), z=1))
e = dict(d)
e["a"] = "changed"
print(d["a"], e["a"])
