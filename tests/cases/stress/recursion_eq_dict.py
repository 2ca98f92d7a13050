# __eq__/__hash__ that recurse through dict and list operations are caught
d = {}
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return d.get(other) is not None or other in d
d[K()] = 1
try:
    d[K()]
except RuntimeError:
    print("caught dict")
class L:
    def __eq__(self, other):
        return [self] == [other]
try:
    L() == L()
except RuntimeError:
    print("caught list eq")
a, b = [], []
a.append(a)
b.append(b)
print(a == a)
try:
    a == b
except RuntimeError:
    print("caught self-referential list compare")
class H:
    def __hash__(self):
        return hash(self)
try:
    {H(): 1}
except RuntimeError:
    print("caught hash")
