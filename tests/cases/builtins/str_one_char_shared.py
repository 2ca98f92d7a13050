# One-char ASCII strs from indexing, str(), slicing, split and concatenation are shared
s = "hello, world"
print(s[0], s[-1], s[7], repr(s[5]), ord(s[0]), ord(s[-1]))
print(s[0] is s[0], s[3] is s[2], s[0] == "h")
print(str(7) == "7", str(-1), str(0), str(9), str(10), str(-9))
codes = "".join(chr(i) for i in range(128))
ok = all(codes[i] == chr(i) and ord(codes[i]) == i for i in range(128))
print(len(codes), ok, repr(codes[0]), repr(codes[10]), repr(codes[127]), repr(codes[92]))
print(repr(codes[34]), repr(codes[39]))
# a one-char str equals, hashes and keys like the literal
d = {"a": 1, "x": 2, "_": 3, "7": 4}
for k in ["ab"[0], "yx"[1], "__"[0], str(7), "q" + "" , ("" + "a"), "a b".split()[0]]:
    print(repr(k), k in d, d.get(k), hash(k) == hash(k[:]))
print(sorted({"abc"[i] for i in range(3)} | {"c", "b", "a"}))
# slices of one char and of nothing
w = "garden"
print(w[1:2], w[-1:], w[5:99], repr(w[3:3]), w[::6], w[::-6])
# non-ASCII text: index and slice by code point
u = "aé€😀b"
print(u[0], u[1], u[2], u[3], u[4], u[-1], u[-4], len(u), ord(u[3]))
print(u[1:3], u[::2], u[::-1], u[-2:], u[4:])
print(u[0] == "a", u[4] + u[0], u[1] == "é")
# errors
for t, i in [("abc", 3), ("abc", -4), ("", 0), ("é", 1), ("é", -2)]:
    try:
        t[i]
        print("no error")
    except IndexError as e:
        print("IndexError", e)
key = "0"
try:
    "abc"[key]
except TypeError:
    print("TypeError")
print("abc"[True], "abc"[-True])
# a str subclass: indexing gives plain strs
class S(str):
    pass
v = S("xyz")
print(v[0], type(v[0]).__name__, v[-1], type(v[1:]).__name__, v[::2])
# the empty str
e = ""
print(repr(e[:]), repr(e[::2]), repr(e[::-1]), repr(e + e), repr(e + "a"), repr("a" + e))
