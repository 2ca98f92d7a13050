# a 50,000-entry int dict (and a 15,000-entry str-key one) fit in the default 2 MiB heap, while growing, shrinking and growing again
d = {}
for i in range(50000):
    d[i] = i * 3
print(len(d), d[0], d[49999], sum(d.values()) % 1000003)
for i in range(0, 50000, 2):
    del d[i]
for i in range(50000, 70000):
    d[i] = -i
print(len(d), d[1], d[69999], next(iter(d)), list(d)[-1])
d = None

keys = [str(i) for i in range(15000)]
s = {}
for k in keys:
    s[k] = len(k)
print(len(s), s["14999"], sum(s[k] for k in keys))
