# dict views reflect changes, support len/in/iteration, and items() views compare with sets
d = {"a": 1}
k, v, i = d.keys(), d.values(), d.items()
d["b"] = 2
del d["a"]
print(list(k), list(v), list(i), len(k), "a" in k, ("b", 2) in i)
print(k == {"b"}, i == {("b", 2)}, sorted(k | {"z"}), sorted(i | {("c", 3)}))
print(list(reversed(list(k))), sorted(d.values()), {"b": 2}.items() == d.items())
