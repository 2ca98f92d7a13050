# class decorators and decorating methods
def add_greet(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greet
class A:
    pass
print(A().greet())
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class S:
    def __init__(self, v):
        self.v = v
s1, s2 = S(1), S(2)
print(s1 is s2, s1.v)
def logged(fn):
    def w(self, *a):
        print("->", fn.__name__, a)
        return fn(self, *a)
    return w
class B:
    @logged
    def m(self, x):
        return x * 2
print(B().m(21))
def count_instances(cls):
    cls.count = 0
    orig = cls.__init__
    def init(self, *a):
        cls.count += 1
        orig(self, *a)
    cls.__init__ = init
    return cls
@count_instances
class C:
    def __init__(self, x):
        self.x = x
C(1); C(2); c = C(3)
print(C.count, c.x)
