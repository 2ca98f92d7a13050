# str +=: hundreds of thousands of appends finish quickly (amortised in-place growth, not a copy per append)
s = ""
for i in range(250000):
    s += "x"
print(len(s), s[:3], s[-3:], s.count("x") == 250000)
del s
t = ""
for i in range(80000):
    t += "ab"
    if i % 1000 == 0:
        t += str(i)
print(len(t), t[-10:], t[:6], t.count("ab"))
rows = []
for r in range(10):
    line = ""
    for i in range(5000):
        line += chr(97 + (i + r) % 26)
    rows.append(line)
print(len(rows), len(rows[0]), rows[3][:5], rows[9][-5:], len("".join(rows)))
