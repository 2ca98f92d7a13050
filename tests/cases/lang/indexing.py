# indexing of str/list/tuple/bytes/range/dict with positive, negative and bad indices
s, l, t, b, r = "hello", [10, 20, 30], (1, 2, 3, 4), b"xyz", range(10, 20, 3)
print(s[0], s[-1], s[4], s[-5], l[0], l[-1], t[2], t[-4], b[1], r[0], r[-1], r[2])
for seq in (s, l, t, b, r, ""):
    for i in (5, -6, 100, -100):
        try:
            seq[i]
            print("ok", i)
        except IndexError:
            print("IndexError", i)
for bad in ("1", 1.0, None):
    try:
        l[bad]
    except TypeError:
        print("TypeError")
print(l[True], s[False], l[2**0], [0, 1][-0])
try:
    l[2**70]
except IndexError:
    print("IndexError big")
d = {1: "a", "k": "b", (1, 2): "c", None: "d", 2.5: "e"}
print(d[1], d["k"], d[(1, 2)], d[None], d[2.5], d[True])
nested = [[1, [2, [3, [4]]]]]
print(nested[0][1][1][1][0], "abc"[1][0][0])
l[1] = 99; l[-1] = -1
print(l)
