# __new__ on immutable builtin subclasses (tuple, int, str) shapes the value
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x(), len(p), p + (3,), isinstance(p, tuple))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), len(Upper("xy")), Upper("q") + "!")
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) * 2, Pos(3) == 3)
