# recursion through builtins that call back into Python (sort key, map, iter, getattr, len) is caught
def key(x):
    return sorted([x], key=key)
try:
    sorted([1, 2], key=key)
except RuntimeError:
    print("caught sort key")
def m(x):
    return list(map(m, [x]))
try:
    m(1)
except RuntimeError:
    print("caught map")
class I:
    def __iter__(self):
        return iter(self)
try:
    iter(I())
except RuntimeError:
    print("caught __iter__")
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    G().a
except RuntimeError:
    print("caught __getattr__")
class Len:
    def __len__(self):
        return len(self)
try:
    len(Len())
except RuntimeError:
    print("caught __len__")
class Sum:
    def __add__(self, o):
        return sum([self, self], Sum())
try:
    Sum() + Sum()
except RuntimeError:
    print("caught __add__ via sum")
print("alive")
