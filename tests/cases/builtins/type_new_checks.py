# T.__new__(S, ...) checks: S must be a type, a subtype of T, and safe to build with T.__new__
class S(str): pass
for T, args in [(int, ()), (int, ("3",)), (float, ()), (str, ()), (tuple, ()), (list, ()), (dict, ()), (set, ()), (bytes, ()), (frozenset, ()), (object, ())]:
    try:
        r = T.__new__(S, *args)
        print("ok", T.__name__, type(r).__name__)
    except TypeError as e:
        print("TE", e)
class I(int): pass
print(type(int.__new__(I, 5)).__name__, int.__new__(I, 5))
try: int.__new__(5)
except TypeError as e: print(e)
try: int.__new__()
except TypeError as e: print(e)
try: float.__new__(int)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
class S(str): pass
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class J(I): pass
class E(ValueError): pass
print(I(4), J(5), type(J(5)).__name__)
print(int.__new__(int, "7"), str.__new__(str, 5), tuple.__new__(tuple, [1]))
print(type(int.__new__(I, 3)).__name__, int.__new__(I, 3))
e = Exception.__new__(E, 1, 2); print(type(e).__name__, e.args)
e = E.__new__(E, "x"); print(type(e).__name__, e.args)
for f in [lambda: object.__new__(int), lambda: object.__new__(S), lambda: object.__new__(J), lambda: int.__new__(bool),
          lambda: int.__new__(J, 1), lambda: object.__new__(E), lambda: str.__new__(J), lambda: I.__new__(S, 1),
          lambda: S.__new__(int), lambda: int.__new__(5), lambda: int.__new__(), lambda: object.__new__(),
          lambda: J.__new__(J, 2), lambda: list.__new__(tuple), lambda: dict.__new__(dict), lambda: ValueError.__new__(KeyError, 1).args,
          lambda: object.__new__(object).__class__.__name__, lambda: float.__new__(float, "1.5"), lambda: int.__new__.__name__]:
    try: print(f())
    except TypeError as e: print("TE", e)
class K(int): pass
print(K.__new__(K, 9), type(K.__new__(K, 9)).__name__)
class Plain:
    def __init__(self): self.x = 1
p = object.__new__(Plain); print(hasattr(p, "x"), type(p).__name__)
print(Plain.__new__(Plain).__class__.__name__)
e = ValueError.__new__(ValueError, 1, "two")
print(type(e).__name__, e.args)
class E2(KeyError):
    def __init__(self, *a):
        raise RuntimeError("__init__ must not run")
e = E2.__new__(E2, "k")
print(type(e).__name__, e.args, isinstance(e, LookupError))
