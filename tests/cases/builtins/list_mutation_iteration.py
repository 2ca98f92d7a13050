# mutating a list while iterating over it follows index-based semantics; extend with itself
l = [1, 2, 3, 4]
for x in l:
    if x % 2:
        l.remove(x)
print(l)
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(seen, l)
l = [1, 2]
l.extend(l)
print(l)
l += l
print(l, len(l))
l = [3, 1, 2]
r = l
l.sort()
print(r)
try:
    l.sort(key=lambda x: l.append(1) or x)
except ValueError:
    print("ValueError list modified during sort")
print(len(l) >= 3)
