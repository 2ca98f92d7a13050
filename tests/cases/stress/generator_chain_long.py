# a pipeline of 200 chained generator stages and 300-deep yield-from delegation
def source(n):
    for i in range(n):
        yield i
def stage(src, k):
    for x in src:
        yield x + k
g = source(1000)
for k in range(200):
    g = stage(g, 1)
print(sum(g))
def deleg(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deleg(n - 1)
    return r + 1
it = deleg(300)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)
