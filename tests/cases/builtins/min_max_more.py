# min/max: ties return the first, key with default, strings and tuples, generator input
print(max([1, 3, 3.0], key=lambda x: x), min([2, 1.0, 1]), max("abc", "abd", "ab"), min([(2, "a"), (1, "z"), (1, "b")]))
print(max([], key=len, default="d"), min((x for x in [5, 3, 8])), max(range(0), default=-1), max([-1, -5], key=abs))
pairs = [("a", 3), ("b", 3), ("c", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[1]))
try:
    max([1, 2], default=0, key=None) and max(1, 2, default=0)
except TypeError:
    print("TypeError default with several args")
