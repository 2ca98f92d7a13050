# tuple/list unpacking, swaps, nested targets, iterables of all kinds
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [7]
print(h)
i, j, k = range(3)
print(i, j, k)
m, n = {"p": 1, "q": 2}
print(m, n)
x = y = z = [0]
x.append(1)
print(y, z is x)
for p, (q, r) in [(1, (2, 3)), (4, "ab")]:
    print(p, q, r)
l = [0, 0, 0]
l[0], l[1] = 5, 6
print(l)
i = 0
i, l[i] = 2, 9
print(i, l)
class O: pass
o = O()
o.a, o.b = "ab"
print(o.a, o.b)
((a, b), (c, [d, e])) = ((1, 2), (3, (4, 5)))
print(a, b, c, d, e)
a, b = b"hi"
print(a, b)
