# str +=: non-ASCII appends keep code-point indexing, slicing, len and encoding right
s = "é" * 70
for i in range(80):
    s += "€😀"
s += "z"
print(len(s), s[69], s[70], s[71], s[-1], s[-2], s[68:74])
print(len(s.encode()), s.encode()[:4], s.count("😀"), s.find("€"), s.rfind("😀"))
a = s
s += "ñ" * 3
print(len(a), len(s), a[-2:], s[-4:])
t = ""
for c in "日本語テキスト" * 30:
    t += c
print(len(t), t[:5], t[100:105], t[-3:], t == "日本語テキスト" * 30)
print(t.index("キ"), t.rindex("日"), t[::40], t.split("語")[1][:3])
u = "x" * 127 + "é"
print(len(u), u[-2:], len(u.encode()))
v = u + "ü" * 100
w = u + "ö" * 100
print(len(v), len(w), v[126:130], w[126:130], v == w)
print(hash(v) == hash("x" * 127 + "é" + "ü" * 100), v.upper()[125:131])
m = "a"
for i in range(300):
    m += chr(0x400 + i % 64)
print(len(m), m[1:5], m[-3:], ord(m[150]), m.lower()[1:4], repr(m[:6]))
