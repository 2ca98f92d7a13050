# dict with user __hash__/__eq__ keys: __eq__ only on equal hashes, growth, __eq__ that mutates the dict
calls = [0]


class K:
    def __init__(self, n, h):
        self.n = n
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        calls[0] += 1
        return isinstance(other, K) and self.n == other.n


# Distinct hashes: lookups with equal (not identical) keys call __eq__ once.
d = {}
for i in range(200):
    d[K(i, i * 1000003)] = i
calls[0] = 0
print(sum(d[K(i, i * 1000003)] for i in range(200)), calls[0])
calls[0] = 0
print(K(5, 77) in d, K(200, 200 * 1000003) in d, calls[0])

# All hashes equal: every lookup has to compare with the other keys (how
# many calls exactly depends on the probe sequence, so only a bound).
d = {}
ks = [K(i, 42) for i in range(30)]
calls[0] = 0
for k in ks:
    d[k] = k.n
print(len(d), calls[0] >= 435)
print([d[k] for k in ks[:5]])
calls[0] = 0
print(d[K(29, 42)], calls[0] >= 30)
del d[ks[0]]
calls[0] = 0
print(d.get(K(0, 42)), calls[0] >= 29, len(d))

# Mixed with int and str keys in a growing table (hashes get stored).
d = {}
for i in range(500):
    d[i] = "int"
    d[K(i, i)] = "K"
    d[str(i)] = "str"
print(len(d), d[7], d[K(7, 7)], d["7"], list(d)[:3][0], list(d)[-1])
print(sum(1 for i in range(500) if d[K(i, i)] == "K"))


# __eq__ that clears the dict during a lookup: no crash, the key is gone.
class Clearer:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.d.clear()
        return False


d = {}
c = Clearer(d)
d[c] = 1
try:
    print(d[K(1, 5)])
except KeyError:
    print("KeyError")
print(len(d), K(1, 5) in d)


# __eq__ that grows the dict (forcing a rebuild) during a lookup.
class Grower:
    def __init__(self, d, n):
        self.d = d
        self.n = n

    def __hash__(self):
        return 9

    def __eq__(self, other):
        if len(self.d) < 100:
            for i in range(1000, 1050):
                self.d[i] = i
        return isinstance(other, Grower) and other.n == self.n


d = {}
g1 = Grower(d, 1)
d[g1] = "one"
print(d.get(Grower(d, 1)), len(d), d[1049])


# __eq__ that deletes the very entry it is compared as: the lookup starts
# over and finds nothing.
class Deleter:
    def __init__(self, d, n):
        self.d = d
        self.n = n

    def __hash__(self):
        return 3

    def __eq__(self, other):
        if self.d.get("armed"):
            del self.d["armed"]
            del self.d[self]
        return isinstance(other, Deleter) and other.n == self.n


d = {}
x = Deleter(d, 1)
d[x] = "x"
d["armed"] = True
print(d.get(Deleter(d, 1)), len(d))
d[x] = "again"
print(d[Deleter(d, 1)], len(d))


# An exception from __eq__ propagates; the dict stays usable.
class Bad:
    def __hash__(self):
        return 11

    def __eq__(self, other):
        raise ValueError("no eq")


d = {Bad(): 1, 12: "twelve"}
try:
    d[Bad()]
except ValueError as e:
    print("ValueError", e)
print(d[12], len(d))
