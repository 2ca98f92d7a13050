# comprehension scoping: loop variable does not leak, closures over class/func scope
x = "global x"
l = [x for x in range(3)]
print(x, l)
d = {x: 0 for x in "ab"}
s = {x for x in (1, 2)}
print(x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
class C:
    v = 5
    items = [i * 2 for i in range(3)]
    outer_first = [v for _ in range(2)] if False else None
print(C.items)
n = 3
print([[n * i for i in range(j)] for j in range(n)])
i = "kept"
[i for i in range(5)]
print(i)
total = 0
for k in [j for j in range(4)]:
    total += k
print(total)
try:
    j
except NameError:
    print("NameError: j did not leak")
print([(lambda: a)() for a in range(3)])
