# building long strings by join, concatenation, formatting and repetition
parts = []
for i in range(2000):
    parts.append("%04d" % i)
s = "".join(parts)
print(len(s), s[:12], s[-8:])
t = ""
for i in range(2000):
    t += "x"
print(len(t))
u = "ab" * 20000
print(len(u), u.count("ba"), u[39998:])
lines = "\n".join("line %d" % i for i in range(1000))
print(len(lines.splitlines()), lines.splitlines()[-1])
r = "-".join(str(i) for i in range(1000)).split("-")
print(len(r), r[999])
