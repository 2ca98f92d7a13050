def gen(n):
    for i in range(n):
        if i == 3:
            return
        yield i * i

print(list(gen(2)), list(gen(10)))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

print(list(with_finally()))

def delegate():
    yield 0
    yield from gen(3)
    yield from [7, 8]

print(list(delegate()))
print(sum(x for x in range(5)), list(x * 2 for x in [1, 2] if x))

def gen_in_try():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError:
            yield "caught"

print(list(gen_in_try()))
