# iter() on iterables, iter(callable, sentinel), next() and StopIteration
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("ab")), list(iter({"k": 1})), list(iter(range(2))), iter(it) is it)
vals = [5, 4, 0, 3]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)), vals)
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
for x in iter(lambda: "stop", "stop"):
    print("never")
try:
    iter(5)
except TypeError:
    print("TypeError")
try:
    next([1])
except TypeError:
    print("TypeError next on list")
try:
    iter(5, 0)
except TypeError:
    print("TypeError not callable")
g = (i for i in range(2))
print(next(g), next(g))
