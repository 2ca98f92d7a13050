# object(), NotImplemented, Ellipsis, None singletons, function and method names
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), hash(o) == hash(o))
try:
    o.x = 1
except AttributeError:
    print("AttributeError on object()")
print(NotImplemented, repr(NotImplemented), Ellipsis, ..., ... is Ellipsis, None, repr(None))
print(bool(None), bool(...), bool(NotImplemented) if False else "skip")
def func(): pass
class C:
    def meth(self): pass
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
print(func.__name__, C.meth.__name__, C().meth.__name__, C.st.__name__, C.cm.__name__, len.__name__, (lambda: 0).__name__)
c = C()
print(c.meth == c.meth, c.meth.__self__ is c, C.cm.__self__ is C)
print(int.__name__, str.__name__, object.__name__, type.__name__, Exception.__name__, C.__name__)
