# slicing: negative, steps, out of range, empty, on str/list/tuple/bytes/range
s = "0123456789"
l = list(range(10))
for sl in ((None, None, None), (2, 5, None), (-3, None, None), (None, -3, None),
           (None, None, 2), (None, None, -1), (8, 2, -2), (2, 8, -1), (-100, 100, None),
           (100, -100, -1), (5, 5, None), (7, 3, None), (1, None, 3), (-1, -8, -3),
           (None, None, 100), (None, None, -100), (3, -3, 1), (-2, 2, -1)):
    sli = slice(*sl)
    print(sl, s[sli], l[sli], tuple(l)[sli], b"abcdefghij"[sli], list(range(10)[sli]))
print(s[::-1], s[-1:-11:-1], s[:-100], s[100:], s[3:3], s[::3])
print("é日本x"[1:3], "é日本x"[::-1], "é日本x"[::2])
print(l[:], l[:] is l, l[:] == l)
try:
    s[::0]
except ValueError:
    print("ValueError")
print(range(0, 20, 3)[1:5], range(10)[::-1], range(10)[-2:], range(5, 0, -1)[1::2])
print(s[True:], l[-2**70:2**70][:2])
