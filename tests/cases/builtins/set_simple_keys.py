# Sets of small ints and interned strs: add/remove/discard/in, stack-like add and remove, growth past the scanned size
s = set()
for i in range(20):
    s.add(i)
    s.add(i)
print(len(s), 5 in s, 25 in s, -1 in s, sorted(s)[:5])
# remove the newest key repeatedly, then re-add other keys: order and size stay right
for i in range(19, 9, -1):
    s.remove(i)
print(len(s), sorted(s))
for i in (30, 31, 15, 16):
    s.add(i)
print(len(s), sorted(s), 15 in s, 19 in s)
s.discard(16)
s.discard(16)
s.discard(100)
print(sorted(s), 16 in s)
try:
    s.remove(16)
except KeyError as e:
    print("KeyError", e)
# backtracking pattern on a small set and on an indexed one
for base in (0, 1000):
    cols = set(range(base, base + 12)) if base else set()
    seen = []
    def place(row):
        if row == 4:
            seen.append(sorted(cols)[-4:])
            return 1
        n = 0
        for c in range(4):
            if (base + 100 + c) in cols:
                continue
            cols.add(base + 100 + c)
            n += place(row + 1)
            cols.remove(base + 100 + c)
        return n
    print(place(0), len(cols), seen[0], seen[-1])
# negative and large small ints, qstr-like names
t = {-5, -(2**40), 2**40, 0}
print(sorted(t), -5 in t, 2**40 in t, 2**41 in t)
t.remove(-(2**40))
print(sorted(t))
names = set()
for w in ("alpha", "beta", "gamma", "alpha", "len", "print"):
    names.add(w)
print(sorted(names), "beta" in names, "delta" in names)
names.remove("gamma")
names.add("delta")
print(sorted(names))
# membership in dicts and frozensets with simple keys
d = {i: i * i for i in range(12)}
f = frozenset(range(0, 30, 3))
print(3 in d, 12 in d, 9 in f, 10 in f, "x" in d, d[11], d.get(13, "none"))
