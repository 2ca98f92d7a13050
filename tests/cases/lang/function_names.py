# __name__ and __qualname__ of functions, lambdas, nested functions, methods and generators; assigning them
def top(): pass
lam = lambda: 0
def outer():
    def inner(): pass
    return inner
class K:
    def meth(self): pass
    def gen(self):
        yield 1
    class Inner:
        def deep(self): pass
print(top.__name__, top.__qualname__, lam.__name__, lam.__qualname__)
print(outer().__name__, outer().__qualname__, K.meth.__qualname__, K().meth.__name__, K.Inner.deep.__qualname__)
print(K().gen().__name__, [f.__name__ for f in (top, lam, outer)])
top.__name__ = "renamed"
top.__qualname__ = "Somewhere.renamed"
print(top.__name__, top.__qualname__, outer().__name__)
def dec(f):
    def wrapper(*a):
        return f(*a)
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = "wrapped " + f.__qualname__
    return wrapper
@dec
def target(x):
    return x * 2
print(target.__name__, target.__qualname__, target(21))
try:
    top.__name__ = 5
    print("assigned", top.__name__)
except TypeError:
    print("TypeError")
