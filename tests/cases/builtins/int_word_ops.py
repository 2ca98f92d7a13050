# ints just past the small-int range: products, sums, floor division, modulo, shifts, bit ops, comparisons
vals = [0, 1, -1, 7, -7, 2**31 - 1, -(2**31), 2**46, 2**47 - 1, -(2**47), 2**47, -(2**47) - 1,
        2**62, -(2**62), 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64 + 3, -(2**100)]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("<", lambda a, b: a < b),
    ("==", lambda a, b: a == b),
    ("<=", lambda a, b: a <= b),
]
h = 0
for name, f in ops:
    out = []
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
            except ZeroDivisionError:
                r = "Z"
            out.append(r)
            h = (h * 31 + (r if type(r) is int else len(str(r)))) % 1000000007
    print(name, out[:3], out[-3:], len(out))
print(h)
for a in vals:
    print(a, [a << s for s in (0, 1, 16, 17, 40, 63)], [a >> s for s in (0, 1, 30, 63, 64, 200)])
state = 42
seen = []
for _ in range(5):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    seen.append(state)
print(seen)
x = 2**47
print(type(x * 1), x - 1 == 2**47 - 1, -x // 3, -x % 3, x * x == 2**94, (-x) * x)
print(2**63 // -1, (-(2**63)) // -1, (-(2**63)) % -1, (2**63 - 1) * (-(2**63)))
