# list aliasing: assignment shares, slicing/copy/list() copy, nested copies stay shared, += mutates in place
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append(5)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1])
def mutate(l):
    l += [99]
    l = [0]
    l.append(1)
    return l
x = [1]
print(mutate(x), x)
m = [[]] * 3
m[0].append("x")
print(m)
n = [[] for _ in range(3)]
n[0].append("x")
print(n)
