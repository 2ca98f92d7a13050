# type(): one-argument form and three-argument class creation
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(type).__name__, type(int).__name__)
print(type(True) is bool, type(1) == int, type(2**100) is int, type(()) is tuple, type(range(1)).__name__, type(slice(1)).__name__)
def method(self): return "m:" + str(self.x)
X = type("X", (), {"x": 5, "method": method})
x = X()
print(X.__name__, x.x, x.method(), isinstance(x, X), type(x) is X)
Y = type("Y", (X,), {"y": 6})
y = Y()
print(Y.__name__, y.x, y.y, y.method(), isinstance(y, X), issubclass(Y, X))
Z = type("Z", (int,), {})
print(Z(5) + 1, isinstance(Z(5), int))
E = type("E", (Exception,), {})
try:
    raise E("made by type")
except Exception as e:
    print(type(e).__name__, e.args)
try:
    type("Bad", 5, {})
except TypeError:
    print("TypeError")
try:
    type(1, 2)
except TypeError:
    print("TypeError 2 args")
