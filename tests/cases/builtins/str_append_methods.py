# str +=: methods, slicing, indexing, formatting and conversions on appended strs
s = ""
for i in range(100):
    s += "%d," % i
print(len(s), s[:10], s[-10:], s[100:110], s[::50], s[-1], s[5])
print(s.find("50,"), s.rfind("9,"), s.count(","), s.index("99"), "77," in s, "x" in s)
parts = s.split(",")
print(len(parts), parts[:3], parts[-2:])
print(s.replace(",", ";")[:12], s.upper()[:6], s.startswith("0,1,"), s.endswith("99,"))
print(s.strip(",")[-5:], s.rstrip(",")[-3:], s.partition("50")[2][:6])
print(",".join([s[:6], s[-6:]]), "-".join(s[:20].split(",")))
print(f"{s[:8]}|{len(s)}|{s[-4:]!r}", "{}/{}".format(s[:4], s[-4:]), "%s" % s[:5])
print(repr(s)[:12], str(s) == s, s.encode()[:8], len(s.encode()))
print(list(s[:6]), "".join(reversed(s[-6:])), sorted(set(s))[:5])
print(s.center(300, "*")[:10], s.zfill(300)[:5], s.ljust(290, ".")[-3:])
print(s.splitlines() == [s], s.isdigit(), s[:1].isdigit(), s.isascii())
# iteration, enumerate and comparison with a join of the same pieces
j = "".join("%d," % i for i in range(100))
print(j == s, [c for c in s[:4]], sum(1 for c in s if c == ","))
# mutable-looking operations still produce new strs
t = s
t = t.replace("1", "I")
print(s.count("1"), t.count("1"), t.count("I"))
# slicing an appended str and appending to the slice
u = s[:200]
u += "END"
print(len(u), u[-5:], s[197:203])
# % and * on appended strs
print(len(s * 3), (s * 2)[len(s) - 3:len(s) + 3], len("%s%s" % (s, s)))
# int/float conversions of appended digits
n = ""
for i in range(200):
    n += str(i % 10)
print(int(n) % 1000003, len(str(int(n))), n[:4], float(n[:10]))
