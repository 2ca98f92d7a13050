# exceptions raised at the bottom of 300-deep for / yield from generator chains reach the outer loop
def h(n):
    if n == 0:
        yield [0]
        raise KeyError(n)
    for x in h(n - 1):
        yield x + [n]
def y(n):
    if n == 0:
        yield (0,)
        raise ValueError("bottom")
    yield from y(n - 1)
    yield (n,)
try:
    for v in h(300):
        print(len(v), sum(v))
except KeyError as e:
    print("KeyError", e.args)
try:
    for v in y(300):
        print(v)
except ValueError as e:
    print("ValueError", e.args)
print(list(y(5)) if False else "ok")
