# dict/set lookups with small-int, interned and heap str keys: hits, misses, updates in place, equal keys of other kinds
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 3):
    d[i] = -i
print(sorted(d.items())[:8], len(d))
print(5 in d, 25 in d, d[6], d.get(7), d.get(99, "none"))
# equal keys of other kinds find the int entry
print(d[3.0], 2.0 in d, True in d, d[True], d.get(1.5, "miss"))
d[4.0] = "four"
print(d[4], type(list(d.keys())[4]).__name__)
# heap strs built at run time meet interned ones
s = {}
words = ["alpha", "beta", "gamma", "delta"] * 3
for w in words:
    k = "".join([c for c in w])
    s[k] = s.get(k, 0) + 1
print(sorted(s.items()))
big = {"k" + str(i): i for i in range(40)}
for i in range(0, 40, 7):
    k = "k" + str(i)
    big[k] += 100
print([big["k" + str(i)] for i in range(0, 40, 7)], "k3" in big, "k40" in big, len(big))
print(big["".join(["k", "1", "2"])], big.get("k" + "99"))
# NaN keys: a fresh NaN is never found
nan = float("nan")
n = {nan: 1}
print(len(n), float("nan") in n)
# sets: add of a present key changes nothing, order of a small set survives
st = set()
for i in [5, 3, 5, 5, 3, 9]:
    st.add(i)
print(sorted(st), len(st))
st2 = set()
for i in range(30):
    st2.add(i % 12)
    st2.add("x" + str(i % 4))
print(len(st2), 11 in st2, "x3" in st2, "x4" in st2, 11.0 in st2)
# a key whose __eq__ is Python code goes through the slow path
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v or o == self.v
m = {K(1): "one", 2: "two"}
print(m[K(1)], m.get(1), 1 in m, m[2])
m[1] = "uno"
print(len(m), m[K(1)])
# changing size during iteration is still detected
try:
    for k in d:
        d[k + 1000] = 0
except RuntimeError:
    print("RuntimeError")
