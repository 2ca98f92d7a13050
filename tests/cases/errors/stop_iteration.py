# StopIteration: from next() on exhausted iterators, value attribute, inside generators becomes RuntimeError
def g():
    yield 1
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    list(leaky())
except RuntimeError:
    print("RuntimeError: StopIteration inside generator")
def inner_next():
    it = iter([])
    yield next(it)
try:
    list(inner_next())
except RuntimeError:
    print("RuntimeError from next() in generator")
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(99)
print(list(It()), [x for x in It()])
def ret():
    return "v"
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value)
