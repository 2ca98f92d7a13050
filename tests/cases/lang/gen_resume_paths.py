# Generators resumed by every kind of consumer (for loops, next(), send,
# builtins that drive them natively), handed between consumers, and
# `yield from` over builtin iterators.


def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "done"


# One generator handed between consumers: a for loop, next(), list().
g = count(10)
for x in g:
    if x == 2:
        break
print("after loop", x)
print("next", next(g))
print("send", g.send(6))
print("rest", list(g))
print("exhausted", list(g), next(g, "default"))

# Two loops in turn over the same generator.
g = count(8)
for x in g:
    if x == 3:
        break
for y in g:
    if y == 5:
        break
print("two loops", x, y, sum(g))

# Native consumers.
print(sum(count(5)), max(count(5)), min(count(5)), sorted(count(4), reverse=True))
print(tuple(count(3)), set(count(3)) == {0, 1, 2}, "-".join(str(v) for v in count(4)))
print(any(v > 2 for v in count(5)), all(v < 9 for v in count(5)))
print(dict((v, v * v) for v in count(3)), list(enumerate(count(3))), list(zip(count(3), "abc")))

# A generator expression over a generator, consumed by sum (native) and a loop.
print(sum(v & 3 for v in count(20)))
acc = []
for v in (w * 2 for w in count(4)):
    acc.append(v)
print(acc)


# Return values and StopIteration.
def ret_value():
    yield 1
    return 42


g = ret_value()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)


def delegate_ret():
    r = yield from ret_value()
    yield "got %r" % (r,)


print(list(delegate_ret()))


# `yield from` builtin iterators: their result is None.
def from_builtin(src):
    r = yield from src
    yield ("end", r)


print(list(from_builtin([1, 2, 3])))
print(list(from_builtin((4, 5))))
print(list(from_builtin(range(3))))
print(list(from_builtin("ab")))
print(list(from_builtin(b"xy")))
print(list(from_builtin({"k": 1, "j": 2})))
print(list(from_builtin({"k": 1}.values())))
print(list(from_builtin({"k": 1}.items())))
print(list(from_builtin(iter([7, 8]))))
print(sorted(x for x in from_builtin({3, 1}) if not isinstance(x, tuple)))

# A partly consumed list iterator.
it = iter([1, 2, 3, 4])
next(it)
print(list(from_builtin(it)))

# Sending a value into a generator delegating to a list iterator.
g = from_builtin([1, 2])
print(next(g))
try:
    g.send(5)
except AttributeError:
    print("AttributeError")

# A dict resized while a generator delegates to its iterator.
d = {1: 1, 2: 2}


g = from_builtin(d)
print(next(g))
d[3] = 3
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)

# Sending non-None to a new generator; re-entering a running one.
g = count(3)
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(next(g))


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def reenter_loop():
    for v in me2:
        yield v


me2 = reenter_loop()
try:
    next(me2)
except ValueError as e:
    print("ValueError", e)


# An exception inside a generator driven by a native consumer ends it.
def boom(n):
    yield 1
    if n:
        raise KeyError(n)
    yield 2


g = boom(7)
try:
    list(g)
except KeyError as e:
    print("KeyError", e)
print(list(g), next(g, "finished"))


def stops():
    yield 1
    raise StopIteration("inner")


for consumer in (list, sum, tuple):
    try:
        consumer(stops())
    except RuntimeError as e:
        print(consumer.__name__, "RuntimeError", e)
try:
    for v in stops():
        pass
except RuntimeError as e:
    print("loop RuntimeError", e)


# finally blocks run when a generator driven natively is closed or finishes.
def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
g = guarded(log)
print(next(g), log)
g.close()
print(log)
log = []
print(list(guarded(log)), log)
log = []
g = guarded(log)
for v in g:
    break
print(log, list(g), log)
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("throw into finished", e)


# Generators holding heap values across many resumes (collections move them).
def holder(n):
    keep = [str(i) for i in range(5)]
    for i in range(n):
        keep.append(str(i) * 3)
        yield keep[-1] + keep[i % 5]
        if len(keep) > 20:
            keep = keep[:5]


total = 0
for s in holder(2000):
    total += len(s)
print(total, sum(len(s) for s in holder(500)), len(list(holder(300))))


# throw() and close() while delegating to a builtin iterator.
def delegating(log):
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        log.append("caught %s" % e)
        yield "after"
    finally:
        log.append("closed")


log = []
g = delegating(log)
print(next(g), g.throw(ValueError("x")), log)
g.close()
print(log)
log = []
g = delegating(log)
print(next(g), next(g))
g.close()
print(log)


# A generator driven by next() that loops over another generator, which
# raises; the outer one catches it and keeps yielding.
def inner(n):
    for i in range(n):
        yield i
    raise KeyError("inner done")


def outer():
    try:
        for v in inner(3):
            yield v * 10
    except KeyError as e:
        yield "caught %s" % e
    yield "end"


g = outer()
print([next(g) for _ in range(5)], next(g, "stop"))
print(list(outer()), sum(1 for _ in outer()))
