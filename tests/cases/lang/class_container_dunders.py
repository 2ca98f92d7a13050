# __len__, __getitem__, __setitem__, __delitem__, __contains__ on user classes
class Grid:
    def __init__(self):
        self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, key):
        if key not in self.d:
            raise KeyError(key)
        return self.d[key]
    def __setitem__(self, key, v): self.d[key] = v
    def __delitem__(self, key): del self.d[key]
    def __contains__(self, key): return key in self.d
g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
g["x"] = [1]
g["x"].append(2)
print(len(g), g[0, 0], g[1, 2], g["x"], (1, 2) in g, (2, 1) in g, "y" not in g)
del g[0, 0]
print(len(g), bool(g))
try:
    g[9]
except KeyError as e:
    print("KeyError", e.args)
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq(), [x for x in Seq()])
a, b, *c = Seq()
print(a, b, c)
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1], s[1:2], s[::3], s[1, 2:3], s[...], s["k"])
class Zero:
    def __len__(self): return 0
print(bool(Zero()), len(Zero()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError")
