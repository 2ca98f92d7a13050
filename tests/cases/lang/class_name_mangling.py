# private name mangling of __names inside class bodies
class A:
    __cls = "class private"
    def __init__(self):
        self.__x = 1
        self._y = 2
        self.__z__ = 3
    def get(self):
        return self.__x, self.__cls, self.__helper()
    def __helper(self):
        return "helper"
a = A()
print(a.get(), a._A__x, a._y, a.__z__, A._A__cls)
print(hasattr(a, "__x"), hasattr(a, "_A__x"), hasattr(a, "__helper"), hasattr(a, "_A__helper"))
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"
    def getb(self):
        return self.__x
b = B()
print(b.getb(), b.get()[0], b._B__x, b._A__x)
class _Under:
    def __init__(self):
        self.__v = 5
print(_Under()._Under__v)
