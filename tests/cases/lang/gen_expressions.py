# generator expressions: laziness, single use, scope, as sole call argument
g = (x * x for x in range(5))
print(next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(list(x for x in range(10) if x % 3 == 0), list((x, y) for x in range(2) for y in "ab"))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (x + 1 for x in src())
print(log)
print(next(g), log)
x = "outer"
print(list(x for x in "ab"), x)
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []), tuple(c.upper() for c in "hi"))
n = 3
gens = (i * n for i in range(3))
n = 10
print(list(gens))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sorted((x for x in [3, 1, 2]), reverse=True), "".join(str(i) for i in range(5)))
