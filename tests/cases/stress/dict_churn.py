# dictionary insert/delete churn with string and int keys keeps content consistent
d = {}
for round_ in range(5):
    for i in range(2000):
        d["k%d" % i] = i + round_
    for i in range(0, 2000, 3):
        del d["k%d" % i]
print(len(d), d["k1"], d["k1999"], "k0" in d, sum(d.values()))
e = {}
for i in range(5000):
    e[i * 7919 % 10007] = i
print(len(e), e[0], e[7919])
for k in list(e):
    if k % 2:
        del e[k]
print(len(e), min(e), max(e))
