# nonlocal: counters, multiple levels, rebinding in nested scopes
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    m = mid()
    return x, m
print(outer())
def deep():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 100
        b()
    a(); a()
    return v
print(deep())
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
f = acc()
print(f(1), f(2), f(3))
def swap():
    a, b = 1, 2
    def s():
        nonlocal a, b
        a, b = b, a
    s()
    return a, b
print(swap())
def loop_cells():
    res = []
    for i in range(3):
        def f(i=i):
            return i * 10
        res.append(f)
    return [g() for g in res]
print(loop_cells())
