# chained assignment binds the same object to every target
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d["a"] = d["b"] = "same"
print(d)
class O: pass
o = O()
o.x = o.y = 3
print(o.x, o.y)
l = [0, 0]
i = l[0] = 1
print(i, l)
