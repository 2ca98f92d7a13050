# sorts of all-int, all-float, all-str lists and keys (native order): stability, reverse, -0.0, mixed and NaN fallbacks
ints = [5, -3, 2**40, 0, 5, -(2**46), 7, 0]
print(sorted(ints), sorted(ints, reverse=True))
pairs = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: -p[0], reverse=True))
fl = [2.5, -0.0, 0.0, -1e300, 1e-300, 0.0, -0.0, 3.0]
print(sorted(fl), sorted(fl, reverse=True))
print(sorted(["b", "a", "B", "é", "z", "", "ab", "a"]), sorted(["x", "yy", "y"], reverse=True))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
mixed = [3, 1.5, True, 2, -0.5, False]
print(sorted(mixed), sorted(mixed, reverse=True))
nan = float("nan")
print(len(sorted([1.0, nan, 0.5])), sorted([2**70, 3, -(2**70), 1]))
print(sorted([1, "a"][:1]), sorted([]), sorted([], reverse=True), sorted([7]))
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError")
try:
    sorted(["b", 1])
except TypeError:
    print("TypeError")
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, key=lambda v: v), sorted(big, reverse=True)[:3])
l = [3, 1, 2]


def k(v):
    l.append(v)
    return v


try:
    l.sort(key=k)
except ValueError as e:
    print("ValueError", e)
