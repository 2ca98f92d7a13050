# Loops over general iterators (lists, strings, dicts, generators, user
# iterators) in every control shape: the compiler tests them at the bottom,
# and generators run as frames of the same loop.


def gen(n):
    for i in range(n):
        yield i * 2
    return "done"


def lists():
    out = []
    for x in [3, 1, 2]:
        out.append(x)
    for x in []:
        out.append("never")
    else:
        out.append("empty-else")
    for ch in "ab":
        out.append(ch)
    for k, v in {"a": 1, "b": 2}.items():
        out.append((k, v))
    for x in (1, 2, 3, 4, 5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x)
    else:
        out.append("not-run")
    print(out, x)


def generators():
    out = []
    for v in gen(4):
        out.append(v)
    else:
        out.append("else")
    for v in gen(5):
        if v == 4:
            break
        out.append(v)
    for v in gen(0):
        out.append("never")
    for a in gen(2):
        for b in gen(3):
            if b > 2:
                continue
            out.append((a, b))
    print(out)


def gen_raises():
    def bad():
        yield 1
        raise KeyError("inside")

    got = []
    try:
        for v in bad():
            got.append(v)
    except KeyError as e:
        got.append(repr(e))
    print(got)

    def stops():
        yield 1
        raise StopIteration

    try:
        for v in stops():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


def finally_in_gen():
    log = []

    def g():
        try:
            yield 1
            yield 2
        finally:
            log.append("closed")

    for v in g():
        log.append(v)
    # (Breaking out of such a loop leaves the generator suspended: like
    # MicroPython, nothing closes it without reference counting.)
    print(log)


class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def user_iter():
    print([x for x in Count(4)], list(Count(0)))
    total = 0
    for x in Count(5):
        total += x
    print(total)


def comprehensions():
    print([x * y for x in range(4) if x for y in gen(3) if y])
    print({k: v for k, v in zip("abc", gen(3))})
    print({c for c in "hello"} == set("hello"))
    print(list(x for x in gen(6) if x % 4 == 0))
    print([[y for y in range(x)] for x in range(4)])
    print(sum(x for x in range(10) if x & 1), any(x > 3 for x in gen(3)))
    print([x for x in []], [(a, b) for a in "ab" for b in []])


def target_shapes():
    class O:
        pass

    o = O()
    d = {}
    for o.attr in ["p", "q"]:
        pass
    for d["k"] in gen(3):
        pass
    for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
        pass
    for first, *rest in ["abc", "de"]:
        pass
    print(o.attr, d, a, b, c, first, rest)


def while_in_for():
    out = []
    for x in gen(3):
        n = x
        while n > 0:
            n -= 1
            if n == 1:
                break
        out.append((x, n))
    print(out)


lists()
generators()
gen_raises()
finally_in_gen()
user_iter()
comprehensions()
target_shapes()
while_in_for()
