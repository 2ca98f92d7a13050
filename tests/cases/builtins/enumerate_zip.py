# enumerate (start) and zip (uneven, empty, many iterables, laziness)
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["a", "b"])
print(next(e), next(e), list(e), dict(enumerate("xy")))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(5))))
log = []
def g(name, n):
    for i in range(n):
        log.append(name + str(i))
        yield i
print(list(zip(g("a", 3), g("b", 2))), log)
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
try:
    enumerate(5)
except TypeError:
    print("TypeError")
try:
    zip([1], 2)
except TypeError:
    print("TypeError zip")
