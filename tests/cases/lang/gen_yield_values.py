# values of yield expressions: None from next(), sent value, yield in expressions and arguments
def g():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    print("got", a, b, c)
    yield a, b, c
it = g()
print(next(it), it.send("A"), it.send(5), it.send("x"), it.send("y"))
def h():
    x = yield
    while x is not None:
        x = yield x * 2
it = h()
next(it)
print(it.send(1), it.send(21))
def lam_gen():
    f = lambda: (yield 7)
    return f
print(list(lam_gen()()))
