# augmented assignment on names, subscripts, slices, attributes: target evaluated once
log = []
def idx(i):
    log.append(i)
    return i
l = [1, 2, 3]
l[idx(0)] += 10
l[idx(2)] *= 5
print(l, log)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class O:
    pass
o = O()
o.v = "x"
o.v += "y"
o.v *= 2
print(o.v)
s = "ab"
s += "c"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
n = [[0]]
n[0][0] += 5
print(n)
m = [1, 2, 3, 4]
try:
    m[1:3] += [9]
except TypeError:
    print("TypeError")
print(m)
