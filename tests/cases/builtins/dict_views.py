# dict views: dynamic, len, membership, iteration, set operations on keys() and items()
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(len(k), len(v), len(it), list(k), list(v), list(it))
print("a" in k, 4 in v, ("d", 4) in it, ("d", 5) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
e = {"b": 0, "c": 0}
print(sorted(d.keys() & e.keys()), sorted(d.keys() - e.keys()))
print(sorted(v) if False else list(d.values()), sum(d.values()), max(d.keys()))
del d["a"]
print(list(k), list(it))
