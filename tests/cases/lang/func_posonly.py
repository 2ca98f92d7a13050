# positional-only parameters (/) and their interaction with **kwargs
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError:
    print("TypeError")
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(a, b=5, /):
    return a + b
print(h(1), h(1, 2))
try:
    h(1, b=2)
except TypeError:
    print("TypeError kw")
def k(x, /, *args, y=0):
    return x, args, y
print(k(1, 2, 3, y=4))
