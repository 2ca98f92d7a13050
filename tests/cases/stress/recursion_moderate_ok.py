# recursion 800 deep is within every interpreter's limit and must succeed
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(800))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(500)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(300)))
