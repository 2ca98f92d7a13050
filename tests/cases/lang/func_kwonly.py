# keyword-only parameters after * and after *args
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2), f(a=1, b=2))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing")
def g(*args, key):
    return args, key
print(g(1, 2, key=3), g(key=0))
def h(*, only):
    return only
print(h(only="x"))
try:
    h("x")
except TypeError:
    print("TypeError")
def s(a, b=1, *, c, d=2, **rest):
    return a, b, c, d, rest
print(s(0, c=9), s(0, 1, c=2, d=3, e=4))
