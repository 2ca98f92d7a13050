# `in` uses __contains__, else __iter__, else __getitem__ with int indices
class C1:
    def __contains__(self, x): return x == "magic"
class C2:
    def __iter__(self): return iter([1, 2, 3])
class C3:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
print("magic" in C1(), "x" in C1(), 2 in C2(), 5 in C2(), 30 in C3(), 31 in C3(), 40 not in C3())
class C4:
    def __contains__(self, x): return 1
print(3 in C4(), type(3 in C4()).__name__)
try:
    1 in object()
except TypeError:
    print("TypeError")
