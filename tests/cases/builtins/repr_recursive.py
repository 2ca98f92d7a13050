# repr/str of recursive and deeply shared containers
l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {"k": 1}
d["self"] = d
print(d)
a = [0]
b = [a, a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
m = {1: [2]}
m[1].append(m)
print(m)
s = [[]]
s[0].append(s[0])
print(s)
shared = [1]
print([shared, shared, (shared,)])
class N:
    def __init__(self): self.items = []
    def __repr__(self): return "N(%d)" % len(self.items)
n = N()
n.items.append(n)
print([n, n])
