# isinstance with exact types, subclasses, bools, tuples of types (nested) and bad second arguments.
class A: pass
class B(A): pass
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, B)), isinstance(B(), (int, (str, A))))
print(isinstance("s", (int, str)), isinstance(2.5, (int, str)), isinstance([], ()), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), isinstance(A(), object))
for bad in [1, (int, 1), "int"]:
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print("TypeError:", e)
