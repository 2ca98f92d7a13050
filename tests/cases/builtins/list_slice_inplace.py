# list slice get/set/del done in place: growth, shrink, aliasing, tuples/iterables as sources, extended steps
l = list(range(10))
l[2:5] = ["a", "b", "c", "d", "e", "f"]
print(l, len(l))
l[2:8] = []
print(l, len(l))
l[7:3] = [100, 101]
print(l)
l[:] = l[::-1]
print(l)
l[len(l):] = (1, 2)
print(l)
l[:0] = "xy"
print(l)
l[1:3] = l
print(l, len(l))
m = [1, 2, 3, 4]
m[::2] = m[1::2]
print(m)
m[::-2] = ("p", "q")
print(m)
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    m[1:2] = 5
except TypeError:
    print("TypeError")
print(m)
# deletes
d = list(range(12))
del d[3:6]
print(d)
del d[::3]
print(d)
del d[::-2]
print(d)
del d[5:2]
print(d)
del d[:]
print(d, len(d))
d.append(7)
print(d)
# reads
t = tuple(range(7))
print(t[:] is t, t[1:] == (1, 2, 3, 4, 5, 6), t[::-3], t[10:], t[-2:-9:-1])
e = []
print(e[:], e[::-1], e[3:1])
g = [0, 1, 2, 3, 4, 5]
print(g[5:0:-2], g[-100:100:4], g[::100], g[3::-1])
k = g[:]
k.append(9)
print(g, k)
# slices built from generators and sets
g[1:4] = (x * 10 for x in range(5))
print(g)
g[::3] = iter([7, 8, 9])
print(g)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(g[Idx(1) : Idx(4)], g[:: Idx(-2)])
g[Idx(0) : Idx(2)] = [None]
print(g)
# many unpacks and star-calls
def f(*a, **kw):
    return a, sorted(kw.items())


print(f(*[1, 2], **{"x": 3, "y": 4}))
print(f(*(1,), *[2, 3]))
print(f(*range(3), z=1))
kw = {"a": 1}
del kw["a"]
kw["b"] = 2
print(f(**kw))
a, b, c = [1, 2, 3]
x, y = (c, a)
print(a, b, c, x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
print(sorted({1, 1.0, True, 2}), (a, b, [a, b], {a}))


# slices in functions (register temps): augmented, nested, as call arguments
def g(p, k):
    p[1:3] += [k]
    p[:k] *= 2
    q = p[k::-1]
    p[: k + 1] = p[k::-1]
    return p, q, len(p[1:][::2]), p[1:k][:1], (p[-2:], p[:-2])


print(g([5, 6, 7, 8], 2))
print(g([0, 1, 2, 3, 4, 5], 1))
# concatenation, repetition and reverse copy heap to heap
a = [1, [2]]
b = a + a
c = a * 3
t = (1, 2) + ()
print(b, c, t, () + (), [] + [], (5,) * 4, [None, 1] * 0, [] * 3, a * -1)
b[1].append(3)
print(a, c[3], t * 2, len([0, 1, 2] * 1000), ((1,) * 7)[::3])
r = list(range(9))
r.reverse()
print(r)
r = r[2:5]
r.reverse()
print(r, [].reverse(), (a + [7])[-1])
