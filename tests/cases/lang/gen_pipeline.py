# generator pipelines: chained generators, filtering, batching, infinite sources consumed partially
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for _ in range(n):
        yield next(src)
def batch(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(take(6, squares(evens(numbers())))))
print(list(batch(range(7), 3)), list(batch([], 2)))
print(sum(x for x in take(100, numbers()) if x % 3 == 0))
