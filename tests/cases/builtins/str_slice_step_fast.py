# str slicing with a step: ASCII and non-ASCII text, every sign and bound
a = "0123456789abcdefghij"
for step in [1, 2, 3, 7, 19, 20, 100, -1, -2, -3, -7, -20, -100]:
    print(step, repr(a[::step]), repr(a[2:15:step]), repr(a[15:2:step]), repr(a[-3:-18:step]))
print(repr(a[::9223372036854775807]), repr(a[::-9223372036854775807]))
print(repr(a[5::9223372036854775807]), repr(a[-1::-9223372036854775807]))
print(repr(a[3:1:-9223372036854775807]), repr(a[:5:-(2**63)]), repr(a[::-(2**63)]))
lst = list(range(10))
print(lst[5::9223372036854775807], lst[::-(2**63)], lst[8:2:-9223372036854775807], tuple(lst)[1::2**63 - 1])
u = "añb€c😀dé"
for step in [2, 3, -1, -2, -3, 5, -9]:
    print(step, repr(u[::step]), repr(u[1:7:step]), repr(u[6:0:step]))
# results keep their text, length, hash and equality
p = a[::2]
print(p, len(p), p == "02468acegi", hash(p) == hash("02468acegi"), {p: 1}["02468acegi"])
q = u[::-1]
print(q, len(q), q[::-1] == u)
# a literal, a built str and a subclass instance
b = "".join(["xy"] * 5)
print(b[::3], b[1::4], "qwerty"[::2], "qwerty"[::-2])
class S(str):
    pass
s = S("subclass")
r = s[::2]
print(r, type(r).__name__)
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
