# Set and dict fast paths for int/str keys meeting keys they cannot compare alone: 1 == 1.0 == True, heap strs, user __eq__/__hash__, unhashables, mutation while iterating
s = {1.0, True, "ab" + "c"}
print(len(s), 1 in s, True in s, 1.0 in s, "abc" in s, 0 in s)
s.add(1)
print(len(s), sorted(map(repr, s)))
s.remove(1)
print(len(s), sorted(map(repr, s)))
s = {1, 2, 3}
s.add(True)
s.add(2.0)
print(len(s), sorted(s))
s.discard(True)
print(sorted(s))
d = {1: "int"}
d[True] = "bool"
d[1.0] = "float"
print(d, d[1], d.get(True))
d = {0: "zero", 1.5: "x"}
print(d[0], d[False], 0.0 in d, False in d)
k = "".join(["ke", "y"])
d = {k: 1}
print(d["key"], "key" in d, {"key"} == {k})

class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        Key.calls += 1
        return self.v == (other.v if isinstance(other, Key) else other)

s = {Key(1), Key(2)}
print(1 in s, 3 in s, Key(2) in s, Key.calls > 0)
s.add(2)
print(len(s))
s.remove(1)
print(len(s), sorted(x.v if isinstance(x, Key) else x for x in s))
d = {Key(5): "five"}
print(d[5], 5 in d, d.get(6, "no"))
d[5] = "FIVE"
print(len(d), d[Key(5)])
for bad in ([1], {2: 3}, {4}):
    try:
        {1, 2}.add(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(bad in {1, 2})
    except TypeError as e:
        print("TypeError", e)
    try:
        {1: 2}[bad] = 0
    except TypeError as e:
        print("TypeError", e)
s = set(range(5))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = set(range(5))
try:
    for x in s:
        s.remove(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = dict.fromkeys(range(5))
try:
    for x in d:
        del d[x]
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(10)}
del d[9]
d[20] = 1
print(list(d)[-3:], len(d))
# heap strs built at run time against interned names and each other
words = ["".join(["wo", "rd", str(i % 7)]) for i in range(40)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items())[:3], len(counts), "word3" in counts, "word9" in counts)
mixed = {"print": 1, "len": 2}
key = "".join(["pr", "int"])
mixed[key] = 10
print(mixed, key in mixed, {key, "print"} == {"print"})
seen = set(words)
seen.add("word0")
print(len(seen), sorted(seen)[:2], "".join(["word", "6"]) in seen)
