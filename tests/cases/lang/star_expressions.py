# starred expressions in list/tuple/set displays, calls, returns and assignment
def f(*a): return a
l = [1, 2]
print([*l, *l], (*l,), {*l, 3} == {1, 2, 3}, f(*l, 0, *l), [*range(3), *"xy", *{"k": 0}])
def g():
    return 0, *l, 3
print(g())
a = *l, 5
print(a)
print([*[], *()], f(*[]), [*[[1]]], {**{}, "a": 1})
first, *_ = range(10)
print(first, _[-1] if False else len(_))
