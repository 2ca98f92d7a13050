# isinstance/issubclass with builtin and user classes, tuples of classes, errors
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", str), isinstance(b"", bytes))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set), isinstance(None, object))
print(isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance(1, ()), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int), issubclass(bool, (str, int)), issubclass(object, object))
print(issubclass(KeyError, LookupError), issubclass(list, (dict, set)), issubclass(type, object), issubclass(bytearray, bytes))
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
print(isinstance(D(), A), isinstance(D(), C), isinstance(B(), D), issubclass(D, (C,)), issubclass(A, B), issubclass(D, object))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x"), lambda: isinstance(1, (int, 2)) and isinstance("", (2,))):
    try:
        print(bad())
    except TypeError:
        print("TypeError")
