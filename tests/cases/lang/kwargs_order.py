# **kwargs preserve the order of keywords at the call site
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3), f(**{"z": 1, "y": 2}, x=3), f())
def g(a, **kw):
    return a, kw
print(g(1, z=0, a2=1), g(a=5, b=6))
d = dict(c=3, a=1, b=2)
print(d, list(d.items()))
