# generator functions: laziness, exhaustion, return, state across yields
def gen(n):
    print("start")
    for i in range(n):
        yield i
        print("resumed after", i)
    print("end")
g = gen(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(g)
except StopIteration:
    print("still StopIteration")
def ret():
    yield 1
    return "value"
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()), list(gen(0)))
def multi():
    yield 1
    yield from [2, 3]
    x = yield 4
    yield x
print(list(multi()))
g = gen(3)
print(iter(g) is g, sum(x for x in [1, 2]))
print(type(g).__name__)
