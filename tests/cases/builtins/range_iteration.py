# iterating ranges repeatedly, nested ranges, range objects are re-iterable and lazy
r = range(3)
print(list(r), list(r), [x * y for x in r for y in r], sum(1 for _ in range(10000)))
it = iter(range(2))
print(next(it), next(it), list(it))
print(list(range(10**18, 10**18 + 3)), range(10**18, 10**18 + 3)[1])
total = 0
for i in range(100000):
    total += i
print(total)
