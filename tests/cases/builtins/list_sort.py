# list.sort and sorted: key, reverse, stability, mixed int/float, errors
l = [5, 2, 9, 1, 5, 6]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([3, 1.5, -2, 0.0, True]), sorted("hello"), sorted([]), sorted({3: 0, 1: 0}), sorted((3, 2, 1)))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], sorted(range(10), key=lambda x: -x)[:3])
try:
    [1, "a", 2].sort()
except TypeError:
    print("TypeError")
try:
    sorted([1, 2], key=lambda x: None)
except TypeError:
    print("TypeError key None")
try:
    sorted([2, 1], lambda x: x)
except TypeError:
    print("TypeError positional key")
l = [3, 2, 1]
r = l.sort()
print(r, l, sorted(l) is not l)
print(sorted([[2, 1], [1, 2], [1]]), sorted([-1, -3, 2], key=abs))
l = ["b", "a"]
l.sort(key=None, reverse=False)
print(l)
