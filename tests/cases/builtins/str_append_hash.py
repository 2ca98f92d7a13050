# str +=: hashes, equality, ordering and dict/set keys of appended strs match literals
s = ""
for i in range(300):
    s += "k"
lit = "k" * 300
print(s == lit, hash(s) == hash(lit), s is not None, len({s, lit}))
d = {lit: "literal"}
print(d[s], s in d, (s + "") in d)
keys = []
k = "key-" * 40
for i in range(50):
    k += str(i)
    keys.append(k)
d = {}
for i, key in enumerate(keys):
    d[key] = i
print(len(d), d[keys[7]], d["key-" * 40 + "".join(str(i) for i in range(8))])
built = "key-" * 40 + "0123456789"
print(d.get(built), built in keys, keys.index(built))
# the same text reached through different append histories hashes the same
x = "m" * 128 + "n" * 128
y = "m" * 100
y += "m" * 28
for i in range(128):
    y += "n"
z = "m" * 256
z = z[:128] + "n" * 128
print(x == y == z, hash(x) == hash(y) == hash(z), len({x, y, z}))
# comparisons across the boundary of the shared prefix
p = "cmp" * 50
q1 = p + "a"
q2 = p + "b"
print(q1 < q2, q2 > q1, q1 != q2, p < q1, sorted([q2, p, q1]) == [p, q1, q2])
# sets and dict views of appended keys
st = set()
w = "w" * 130
for i in range(40):
    w += "."
    st.add(w)
    st.add("w" * 130 + "." * (i + 1))
print(len(st), ("w" * 130 + "." * 40) in st)
# short results that equal interned names still compare and hash equal
n = "na" + "me"
print(n == "name", hash(n) == hash("name"), {"name": 1}[n])
