# __new__ and __init__: order, returning other types, singletons, args
class T:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
        self.args = args
t = T(1, 2)
print(t.args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Sub(T):
    def __init__(self, a):
        super().__init__(a)
        print("sub init")
s = Sub(7)
print(type(s).__name__, s.args)
class NoInit:
    pass
n = NoInit()
try:
    NoInit(1)
except TypeError:
    print("TypeError")
class InitReturnsNone:
    def __init__(self):
        return None
print(type(InitReturnsNone()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError:
    print("TypeError bad init")
class NewWithInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(NewWithInt(21), NewWithInt(21) + 1)
