# sort stability with keys, multi-key sorting by successive sorts, reverse keeps stability
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
s1 = sorted(data, key=lambda x: x[1])
print(s1)
s2 = sorted(sorted(data, key=lambda x: x[0]), key=lambda x: x[1], reverse=True)
print(s2)
print(sorted(data, key=lambda x: x[1], reverse=True))
print(sorted(range(10), key=lambda x: x % 3), sorted("BaAb", key=str.lower))
l = [(i % 4, i) for i in range(20)]
l.sort(key=lambda t: t[0])
print(l)
