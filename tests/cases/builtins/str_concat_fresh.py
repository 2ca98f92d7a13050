# Strs built at run time (concatenation, str(int), split, slices, strip) work as names and keys
class C:
    pass
o = C()
name = "val" + "ue"
setattr(o, name, 5)
print(o.value, getattr(o, "va" + "lue"), hasattr(o, "v" + "alue"), name == "value")
attr = "".join(["__", "class", "__"])
print(getattr(o, attr).__name__)
def f(value=0, other=1):
    return value * 10 + other
print(f(**{"val" + "ue": 3}), f(**{("other x".split())[0]: 7}))
d = {}
for i in range(30):
    d["k" + str(i)] = i
print(d["k7"], d.get("k" + str(29)), "k30" in d, "k1" + "0" in d)
keys = "alpha beta gamma alpha beta alpha".split()
counts = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
print(counts, counts["alpha"], " beta ".strip() in counts)
print(str(12345) == "12345", str(-7) + "x", str(2**70), str(True) + str(False))
class I(int):
    pass
print(str(I(42)), str(I(-3)) + "!", str(0) + str(-0))
# long texts built from short pieces
s = ""
for i in range(200):
    s += str(i % 10)
print(len(s), s[:12], s[-5:], s[100], s.count("7"))
t = "é"
for i in range(5):
    t += "ü" + str(i)
print(t, len(t), t[3], t[::3])
print("a" * 3 + "b", ("ab" * 0) + "c", "x" + "" + "y")
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError:
    print("TypeError")
