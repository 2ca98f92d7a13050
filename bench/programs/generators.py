# A pipeline of generators feeding generators, then a generator expression and
# `yield from` delegation, consumed by a for loop and by sum().


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def chunked(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunks):
    for c in chunks:
        yield from c


def main():
    total = 0
    count = 0
    for v in flatten(chunked(evens(squares(numbers(1_500_000))), 16)):
        total += v
        count += 1
    s = sum(x & 255 for x in numbers(800_000))
    return total, count, s


print("generators", *main())
