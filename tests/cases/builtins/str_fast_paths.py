# str building fast paths: += chains (shared append buffers, branches), str(int), slices, strip/case/split, list growth
def grow(n, piece):
    s = ""
    keep = []
    for i in range(n):
        s += piece
        if i % 40 == 0:
            keep.append(s)
    return s, keep

s, keep = grow(300, "ab")
print(len(s), [len(k) for k in keep], keep[-1][-6:], s.count("ab"))
# A branch from an older prefix copies; both results keep their own text.
base = keep[3]
x = base + "X"
y = base + "Y"
print(len(base), x[-3:], y[-3:], base[-2:], x[:-1] == y[:-1] == base)
# Hash and equality agree across the ways a str can be built.
t = "".join(["ab"] * 300)
print(s == t, hash(s) == hash(t), {t: 1}[s], s[-600:] == t, len({s, t}))
e, _ = grow(100, "é€")
print(len(e), e[-3:], e[10:14], e.count("€"), e == "é€" * 100, hash(e) == hash("é€" * 100))
# Short concatenations and str() of ints.
parts = []
for i in range(-3, 200, 7):
    parts.append("k" + str(i) + ("" if i % 2 else "-"))
print(parts[:6], parts[-2:], len("".join(parts)))
print(str(0), str(-1), str(9223372036854775807), str(-9223372036854775808), str(10**20), str(-(2**64)))
print([str(b) for b in (True, False)], str(7) is not None, "x" + str(12) == "x12")
# Slices copy only the piece; ASCII and non-ASCII texts index alike.
a = "0123456789" * 30
u = "añ€😀" * 40
print(a[5:15], a[-11:], a[295:400], a[10:5], len(a[1:]), a[:] == a)
print(u[1:5], u[-3:], u[157:160], len(u[3:]), u[::37], u[-1::-50])
# strip / lower / upper / split on the str's own text.
w = "  ¡Hola, Mundo!  \t"
print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()), repr(w.strip(" \t¡!")), repr("xxaxx".strip("x")))
print("MiXeD 123".lower(), "MiXeD 123".upper(), "Straße ÀÉ".upper(), "ÀÉÎ".lower(), ("aB" * 100).upper()[-4:])
print("  a b\t\tc\nd  ".split(), " a  b c ".split(None, 1), " a  b c ".rsplit(None, 1), "".split(), "x,,y".split(","))
try:
    "abc".strip(5)
except TypeError:
    print("TypeError")
# Lists grown by append and insert keep their items in order.
l = []
for i in range(100):
    l.append(i)
    if i % 10 == 0:
        l.insert(0, -i)
        l.insert(len(l) // 2, "m")
print(len(l), l[:5], l[50:56], l[-3:], l.count("m"))
