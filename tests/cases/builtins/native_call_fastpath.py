# Native methods and builtins called from the loop: receivers of exactly the builtin type, subclasses, unbound calls and argument errors.
class L(list):
    def append(self, x):
        list.append(self, x * 10)

class M(list):
    pass

class S(str):
    pass

class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)

def errs(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

l = []
for i in range(3):
    l.append(i)
print(l)
a = L()
for i in range(3):
    a.append(i)
print(a, type(a).__name__)
m = M()
for i in range(3):
    m.append(i)
print(m, type(m).__name__, len(m))
list.append(l, 99)
print(l)
f = l.append
f(7)
print(l)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 5))
print(D(a=1).get("a"), D().get("z", 3))
s = S("MiXed")
print(s.lower(), type(s.lower()).__name__, s.upper(), str.lower(s))
print("abc".lower(), "ABC".lower(), "abc".upper(), "É".lower(), "ß".upper())
w = "word"
print(w.lower() == w, w.upper().lower() == w)
print(True.bit_length(), (5).bit_length(), (2**70).bit_length())
print(len([1, 2]), len((1,)), len({1: 2}), len({3}), len("héllo"), len(range(4)), len(b"ab"))
print(str(12), str(-7), str(2**64), str(0), str(-123456789012345), int("42"), min(3, 1, 2), ord("a"))
print(isinstance(1, int), isinstance(True, int), isinstance("x", (int, str)))
errs(lambda: [].append())
errs(lambda: [].append(1, 2))
errs(lambda: "a".lower(1))
errs(lambda: {}.get())
errs(lambda: {}.get(1, 2, 3))
errs(lambda: len())
errs(lambda: len(1, 2))
errs(lambda: len(5))
errs(lambda: list.append("x", 1))
errs(lambda: str.lower(5))
errs(lambda: [].append(x=1))
errs(lambda: ord("ab"))
errs(lambda: min())
class A:
    f = list.append
errs(lambda: A().f(1))
print(str(object=5), str(b"hi", "ascii"), int("ff", 16))
t = (1, 2, 3)
print(t.count(2), t.index(3), "a,b".split(","), ",".join(["x", "y"]))
