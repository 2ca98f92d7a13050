# comparison reflection: a < b tries b > a; == falls back to identity; NotImplemented handling
class A:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("A.__gt__")
        return self.v > o
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
print(5 < A(10))
print(A(1) == 1)
a = A(1)
print(a == a)
class B:
    def __lt__(self, o): return NotImplemented
try:
    B() < B()
except TypeError:
    print("TypeError")
class Sub(A):
    def __lt__(self, o):
        print("Sub.__lt__")
        return True
print(A(1) > Sub(2))
