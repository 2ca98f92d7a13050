# exceptions between generators and the for loops that consume them
def boom(n):
    for i in range(n):
        yield i
    raise KeyError("boom")

try:
    for x in boom(2):
        print("x", x)
except KeyError as e:
    print("caught", e.args)

g = boom(1)
try:
    for x in g:
        pass
except KeyError:
    print("KeyError")
print(list(g))

# an exception caught inside the generator does not reach the loop
def careful():
    for d in (1, 0, 2):
        try:
            yield 10 // d
        except ZeroDivisionError:
            print("no")
        try:
            1 // d
        except ZeroDivisionError:
            yield "div0"
print(list(careful()))
for v in careful():
    print("v", v)

# the loop body raising while the generator is suspended
def gen():
    yield 1
    yield 2
    yield 3
g = gen()
try:
    for x in g:
        if x == 2:
            raise ValueError("body")
except ValueError:
    print("body raised", next(g))

# StopIteration escaping a generator becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration
try:
    for x in leaky():
        print("leaky", x)
except RuntimeError:
    print("RuntimeError")
def leaky_next():
    it = iter([])
    yield next(it)
try:
    for x in leaky_next():
        pass
except RuntimeError:
    print("RuntimeError again")

# re-entering a running generator from its own for loop
def selfloop():
    yield 1
    for x in me:
        yield x
me = selfloop()
try:
    for x in me:
        print("me", x)
except ValueError:
    print("ValueError")
print(list(me))

# an exception from a nested generator crosses several for frames
def inner():
    yield 1
    raise IndexError("deep")
def mid():
    for x in inner():
        yield x * 2
def outer():
    try:
        for x in mid():
            yield x + 1
    except IndexError as e:
        yield "outer caught " + e.args[0]
print(list(outer()))

# a generator used in a for loop inside a function that handles errors
def total(src):
    t = 0
    try:
        for x in src:
            t += x
    except TypeError:
        return "bad item after " + str(t)
    return t
print(total(i for i in (1, 2, 3)), total(x for x in (1, 2, "3", 4)))

# generator finished by an exception cannot be resumed
def once():
    yield 1
    1 / 0
g = once()
try:
    for x in g:
        pass
except ZeroDivisionError:
    print("zde")
for x in g:
    print("never")
print("end")
