# unpacking in for loops and comprehensions: nested, starred, dict items, enumerate/zip
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
for first, *rest in ["abc", "de"]:
    print(first, rest)
print([a + b for a, b in zip("ab", "cd")], {k: v for k, v in pairs}, [x for (x, _), *_ in [((1, 2), 3)]])
d = {"x": (1, 2), "y": (3, 4)}
for k, (a, b) in d.items():
    print(k, a + b)
m = [[1, 2], [3, 4]]
print([b for a, b in m], sum(a * b for a, b in m))
