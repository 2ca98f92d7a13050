# bool type: only two instances, constructor, arithmetic results are ints, str/repr, subclassing forbidden
print(bool(5) is True, bool() is False, True is bool(1), type(True).__name__, str(True), repr(False), int(True))
print(True + False, True * 3, type(True + False).__name__, True == 1.0, isinstance(False, int), True.real)
try:
    class B(bool):
        pass
except TypeError:
    print("TypeError subclass bool")
print(sorted([True, False, True]), max(False, True), [False] * 2, {True: "t", False: "f"}[1 == 1])
