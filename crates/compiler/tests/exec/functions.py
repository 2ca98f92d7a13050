def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(defaults(1, c=3))
print(defaults(1, 5, 6, 7, c=8, d=9, e=10))
print(defaults(*[1, 2], **{"c": 3}))

def pos_only(a, b=1, /, c=2):
    return a + b + c

print(pos_only(1), pos_only(1, 2, c=3))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
c()
print(c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late_binding())

g = 10
def use_global():
    global g
    g += 1
    return g

print(use_global(), g)

def closure_chain():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x = x * 10
            return x
        return inner()
    mid()
    return mid(), x

print(closure_chain())

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15))

def fstr(x, w):
    return f"[{x}] [{x!r}] {x + 1 if isinstance_ok else 0}"

isinstance_ok = True
print(fstr(41, 3))
print(f"{'a' + 'b'}{3 * 4}{[1, 2]}")

def strings():
    parts = []
    for i in range(3):
        parts.append(str(i))
    return "-".join(parts), "ab" * 3, "x" in "xyz"

print(strings())

def dicts():
    d = {"a": 1, **{"b": 2}}
    d["c"] = 3
    del d["a"]
    d["b"] += 10
    return d, d.get("z", "default"), len(d)

print(dicts())
