# *args and **kwargs collection, their types, mixing with normal params
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kw):
    return kw
print(g(), g(a=1), g(b=2, a=1), type(g()).__name__)
def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6, d=7))
print(h(a=1, c=2, z=3))
def k(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(k(*range(5), **{"x": 1, "y": 2}))
def count(*a):
    return len(a)
print(count(*[]), count(*"hello"), count(*{1: 2, 3: 4}), count(*range(100)))
def mod(*a):
    a = list(a)
    a.append(0)
    return a
t = (1, 2)
print(mod(*t), t)
def kwmod(**kw):
    kw["new"] = 1
    return kw
d = {"a": 1}
print(kwmod(**d), d)
