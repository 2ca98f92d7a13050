# NotImplementedError (an exception) vs NotImplemented (a value returned by binary dunders)
class Abstract:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Abstract):
    def area(self): return 4
for o in (Abstract(), Sq()):
    try:
        print(o.area())
    except NotImplementedError as e:
        print("NotImplementedError", e.args)
print(issubclass(NotImplementedError, RuntimeError), isinstance(NotImplemented, Exception), bool(NotImplemented) if False else "skip")
class N:
    def __add__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
try:
    N() + 1
except TypeError:
    print("TypeError when both sides return NotImplemented")
n = N()
print(n == n, N() == N(), N() != N())
