# Operators between two instances of one user class: only __op__ is
# called (never __rop__), NotImplemented and errors propagate as CPython's.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return "rsub called"

    def __mul__(self, o):
        raise ValueError("no mul")

    def __truediv__(self, o):
        return self.x / o.x

    def __repr__(self):
        return "V(%r)" % self.x


a, b = V(1), V(2)
print(a + b, (a + b) + a, a / b)
try:
    a - b
except TypeError as e:
    print("TypeError", e)
try:
    a * b
except ValueError as e:
    print("ValueError", e)
try:
    a // b
except TypeError as e:
    print("TypeError", e)
c = a
c += b
print(c)
try:
    c -= b
except TypeError as e:
    print("TypeError", e)
print(a - 1 if False else "ok")


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return 1 + (Deep(self.n - 1) + o)


print(Deep(50) + Deep(0))
try:
    Deep(100000) + Deep(0)
except RecursionError:
    print("RecursionError")


# Replacing the method on the class after use.
print(a + b)
V.__add__ = lambda self, o: "replaced"
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __add__(self, o):
        return "L.__add__"


print(L([1]) + L([2]), L([1]) * 2)


# A generator as __add__: the generator object is the result.
class G:
    def __add__(self, o):
        yield 1


print(type(G() + G()).__name__)
