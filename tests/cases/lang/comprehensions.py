# list/set/dict comprehensions: conditions, nesting, multiple for clauses
print([x * 2 for x in range(5)], [x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print(sorted({x % 4 for x in range(20)}), {x: x * x for x in range(4)}, {c: i for i, c in enumerate("abca")})
print([x if x % 2 else -x for x in range(6)], [c for w in ["ab", "cd"] for c in w])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)], [v for row in m for v in row if v % 2 == 0])
print({k: v for k, v in zip("abc", range(3)) if v}, {(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([], [x for x in []], {x: 1 for x in ""}, set(x for x in ()))
print([i for i in range(3) for i in range(i)], [f() for f in [lambda: 1, lambda: 2]])
print(dict((str(k), k) for k in range(3)), [len(s) for s in "one two three".split()])
data = {"a": [1, 2], "b": [], "c": [3]}
print({k: sum(v) for k, v in data.items() if v}, [k for k in data if not data[k]])
