# large lists/dicts/sets/strings sized to fit the default 2 MiB heap: build, mutate, sort, check
n = 10000
l = list(range(n))
l.reverse()
l.sort()
print(l == list(range(n)), sum(l))
del l
seed = 12345
r = []
for i in range(5000):
    seed = (seed * 1103515245 + 12345) % 2**31
    r.append(seed % 1000)
r2 = sorted(r)
print(r2[:5], r2[-5:], all(r2[i] <= r2[i + 1] for i in range(len(r2) - 1)))
d = {}
for i in range(n):
    d[i] = i * 2
for i in range(0, n, 2):
    del d[i]
for i in range(0, n, 4):
    d[i] = -1
print(len(d), d[1], d[4], list(d)[:3], list(d)[-3:])
s = set(range(0, n, 3)) & set(range(0, n, 5))
print(len(s), min(s), max(s))
del d, s
parts = [str(i) for i in range(5000)]
j = ",".join(parts)
print(len(j), j.count(","), j.split(",")[4999])
l = list(range(3000))
while l:
    l.pop()
print(len(l))
