# dict storage: growth through many sizes, deletion and reinsertion order, many deletions then growth
def check(d, keys):
    # d must hold exactly keys (in this order), each mapped to its own value
    assert list(d) == keys, "order"
    for k in keys:
        assert d[k] == ("v", k), k
    assert len(d) == len(keys)


# Growth one key at a time, checked at every size up to 300, then spot checks.
d = {}
keys = []
for i in range(2000):
    k = i * 37 - 5000
    d[k] = ("v", k)
    keys.append(k)
    if i < 300 or i % 97 == 0:
        check(d, keys)
check(d, keys)
print("grown", len(d), keys[:3] == list(d)[:3])

# Misses never find anything, wherever they hash.
print(sum(1 for j in range(-20000, 80000, 7) if j in d and j not in keys))

# Deleting and re-inserting a key moves it to the end.
d = {}
for i in range(20):
    d[i] = ("v", i)
del d[3]
d[3] = ("v", 3)
del d[0]
d[0] = ("v", 0)
print(list(d))

# Delete most keys, then grow again: order of survivors and new keys kept.
d = {}
for i in range(5000):
    d[i] = ("v", i)
for i in range(5000):
    if i % 10:
        del d[i]
survivors = [i for i in range(5000) if i % 10 == 0]
check(d, survivors)
for i in range(5000, 12000):
    d[i] = ("v", i)
check(d, survivors + list(range(5000, 12000)))
print(len(d), list(d)[:4], list(d)[-2:])

# Churn: insert and delete so the table rebuilds many times at one size.
d = {}
live = []
for i in range(30000):
    d[i] = ("v", i)
    live.append(i)
    if len(live) > 40:
        del d[live.pop(0)]
check(d, live)
print(len(d), live[0], live[-1])

# Deleting everything and reusing the dict.
for k in list(d):
    del d[k]
print(len(d), list(d))
d["a"] = 1
print(d)

# popitem takes from the end, also after deletions.
d = {i: i * i for i in range(12)}
del d[11]
del d[10]
print(d.popitem(), d.popitem(), len(d))

# Equal keys of different types find each other across resizes.
d = {}
for i in range(1000):
    d[float(i)] = i
print(d[0], d[True], d[999], d.get(1000), 500 in d, 500.5 in d)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)

# Mixed key types in one growing table.
d = {}
mixed = [0, -1, 2**40, -(2**62), 2**70, 1.5, -2.25, "s", "", "longer string key",
         b"bytes", (1, 2), (1, (2, "x")), None, Ellipsis, 3 + 4j, range(3), frozenset([1, 2])]
for n, k in enumerate(mixed):
    d[k] = n
    for j in range(40):
        d[("pad", n, j)] = j
for n, k in enumerate(mixed):
    assert d[k] == n, k
print(len(d), [d[k] for k in mixed] == list(range(len(mixed))))
print(d[0.0], d[2**70], d[(1, (2, "x"))], d[frozenset([2, 1])], d[range(0, 3)])
