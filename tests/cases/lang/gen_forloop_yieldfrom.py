# yield from sub-generators consumed by for, next, send, throw and close
def sub(tag, n):
    for i in range(n):
        got = yield tag + str(i)
        if got is not None:
            print("  sub got", got)
    return tag + " result"

def deleg():
    r = yield from sub("a", 2)
    print("  r1", r)
    r = yield from sub("b", 3)
    print("  r2", r)
    return "deleg done"

for v in deleg():
    print("v", v)
print(list(deleg()))

g = deleg()
print(next(g), g.send("s1"), next(g), g.send("s2"))
try:
    while True:
        print(g.send("x"))
except StopIteration as e:
    print("stop", e.args)

# three levels of delegation
def lvl3():
    yield 1
    yield 2
    return 3
def lvl2():
    r = yield from lvl3()
    yield r
    return r * 10
def lvl1():
    r = yield from lvl2()
    yield r
print(list(lvl1()), sum(lvl1()))
for x in lvl1():
    print("lvl", x)

# throw into a delegating generator suspended in a sub-generator
def catcher():
    try:
        yield "c1"
        yield "c2"
    except KeyError:
        yield "caught in sub"
    return "sub ret"
def wrap():
    r = yield from catcher()
    yield "wrap got " + r
g = wrap()
for x in g:
    print("w", x)
    break
print(g.throw(KeyError))
print(list(g))

# close while delegating runs the sub-generator's finally
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
def wrap2():
    yield from fin()
g = wrap2()
for x in g:
    print("f", x)
    break
g.close()
print(list(g))

# exceptions raised by a sub-generator reach the delegator's handler
def bad():
    yield 1
    raise ValueError("bad")
def handler():
    try:
        yield from bad()
    except ValueError as e:
        yield "handled " + e.args[0]
    yield "after"
print(list(handler()))

# yield from a non-generator iterable inside a generator consumed by for
def mixed():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    yield from range(3, 5)
for m in mixed():
    print("m", m)

# StopIteration from a sub-generator body becomes RuntimeError
def leak():
    yield 1
    raise StopIteration("x")
def outer():
    yield from leak()
try:
    for x in outer():
        print("leak", x)
except RuntimeError:
    print("RuntimeError")

# delegating to a running generator
def re():
    yield 1
    yield from me
me = re()
try:
    print(list(me))
except ValueError:
    print("ValueError")

# deep delegation chain
def deep(n):
    if n:
        r = yield from deep(n - 1)
        return r + 1
    yield "bottom"
    return 0
g = deep(300)
for x in g:
    print(x)
def deep_ret(n):
    r = yield from deep(n)
    yield r
print(list(deep_ret(300)))
