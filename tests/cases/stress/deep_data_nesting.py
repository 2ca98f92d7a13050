# deeply nested data structures are built and walked iteratively; deep compare/repr must not crash (sized for a 2 MiB heap)
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
a = nest(10000)
depth = 0
p = a
while p:
    p = p[0]
    depth += 1
print(depth)
b = nest(10000)
try:
    a == b
except RuntimeError:
    pass
print("compare survived")
try:
    repr(a)
except RuntimeError:
    pass
print("repr survived")
del a, b
d = {}
cur = d
for i in range(5000):
    cur["k"] = {}
    cur = cur["k"]
n = 0
cur = d
while cur:
    cur = cur["k"]
    n += 1
print(n)
t = ()
for i in range(5000):
    t = (t, i)
s = 0
while t:
    t, i = t
    s += i
print(s)
del d, t
print("freed")
