# closures capturing self/cls and variables inside methods; method-local functions
class Acc:
    def __init__(self):
        self.items = []
    def adder(self, prefix):
        def add(x):
            self.items.append(prefix + str(x))
            return len(self.items)
        return add
a = Acc()
f = a.adder("n")
f(1); f(2)
print(a.items)
class Factory:
    n = 5
    @classmethod
    def maker(cls):
        return lambda: cls.n * 2
class Sub(Factory):
    n = 50
print(Factory.maker()(), Sub.maker()())
def make_class(v):
    class K:
        def get(self):
            return v
    return K
print(make_class("captured")().get())
