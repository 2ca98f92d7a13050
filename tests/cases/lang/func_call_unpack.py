# call-site * and ** unpacking, several of each, mixed with literals
def f(*a, **k):
    return a, k
print(f(*[1, 2], *(3,), 4, *"ab"))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(1, *[2], x=1, **{"y": 2}))
print(f(*range(3), *[], **{}))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"c": 3, "b": 2}), g(c=1, *[2, 3]))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError:
    print("TypeError dup")
try:
    g(1, **{"a": 2, "b": 3, "c": 4})
except TypeError:
    print("TypeError multiple values")
try:
    g(*[1, 2])
except TypeError:
    print("TypeError missing")
try:
    g(*5)
except TypeError:
    print("TypeError not iterable")
try:
    f(**[1])
except TypeError:
    print("TypeError not mapping")
def gen():
    yield 1
    yield 2
    yield 3
print(g(*gen()), f(*gen(), *gen()))
print(max(*[3, 1, 2]), print(*[], sep="-"))
