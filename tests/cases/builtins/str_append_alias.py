# str +=: appended strs never change strs that share their prefix (aliases, branches, s += s)
s = "p" * 150
a = s
s += "x"
print(len(a), len(s), a[-2:], s[-2:], a == "p" * 150)
# two strs appended from the same prefix, both before and after growing
base = "b" * 200
t1 = base + "1" * 10
t2 = base + "2" * 10
print(t1[-12:], t2[-12:], len(base), base[-1], t1 == t2)
t3 = t1 + "x"
t4 = t1 + "y"
t5 = t3 + "z"
print(t3[-3:], t4[-3:], t5[-4:], t1[-2:], len(t3), len(t4), len(t5))
# a chain with every step kept
steps = []
s = "c" * 130
for i in range(200):
    steps.append(s)
    s += str(i % 10)
print(len(steps), [len(x) for x in steps[:3]], steps[5][-6:], steps[199][-4:], s[-4:])
print(all(len(steps[i]) == 130 + i for i in range(200)))
print(all(steps[i] == s[:130 + i] for i in range(0, 200, 7)))
# appending a str to itself, and to an earlier version of itself
s = "q" * 100 + "r" * 100
s += s
print(len(s), s[95:105], s[195:205], s.count("qr"), s.count("rq"))
old = s
s += "tail"
s += old
print(len(s), s[396:404], old[-3:], s.endswith("r"), s.startswith("qq"))
# rebinding in a function and returning prefixes
def grow(x, n):
    out = []
    for i in range(n):
        x += chr(ord("a") + i % 26)
        out.append(x)
    return out
g = grow("z" * 140, 60)
print(len(g), g[0][-2:], g[25][-3:], g[59][-5:], len(g[59]))
h = grow(g[10], 5)
print(h[-1][-8:], g[11][-3:], g[10] == h[0][:-1])
# + with the appended str on the right, and chains of +
r = "L" + s[:150] + "R"
print(len(r), r[:3], r[-3:])
m = s[:130] + "-" + s[:130] + "-" + s[:130]
print(len(m), m.count("-"), m[129:133])
