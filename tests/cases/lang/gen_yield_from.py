# yield from: delegation, return value, send/throw forwarding, iterables
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer result"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)), {"k": 1})))
def catcher():
    while True:
        try:
            yield
        except ValueError:
            print("inner caught ValueError")
            yield "recovered"
def delegator():
    yield from catcher()
g = delegator()
next(g)
print(g.throw(ValueError))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    yield from closing_inner()
g = closing_outer()
next(g)
g.close()
print("done")
