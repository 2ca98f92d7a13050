# generator after an exception or return is finished; re-entrancy raises ValueError
def g():
    yield 1
    raise KeyError("k")
it = g()
print(next(it))
try:
    next(it)
except KeyError:
    print("KeyError")
print(list(it))
def selfref():
    yield next(gen)
gen = selfref()
try:
    next(gen)
except ValueError:
    print("ValueError already executing")
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
