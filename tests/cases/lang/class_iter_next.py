# __iter__ and __next__: user iterators, iterables, exhaustion, StopIteration
class Count:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), sum(Count(100)))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 2
r = Range2(4)
print(list(r), list(r), max(r), sorted(r, reverse=True), 6 in r)
it = iter(Count(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for x in Count(2):
    for y in Count(2):
        print(x, y, end=" | ")
print()
print(dict(zip(Count(3), "abc")), tuple(Count(0)), list(enumerate(Count(2))))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError")
class NotIter: pass
try:
    for _ in NotIter(): pass
except TypeError:
    print("TypeError not iterable")
