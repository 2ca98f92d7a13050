# bound method objects: storing, calling later, identity of __self__, equality, passing as callbacks
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def add(self, k):
        self.n += k
        return self.n
a, b = C(1), C(2)
g = a.get
print(g(), C.get(b), [m() for m in (a.get, b.get)])
ad = a.add
ad(10); ad(5)
print(a.n, g())
print(a.get == a.get, a.get == b.get, a.get.__self__ is a, list(map(C(3).add, [1, 2, 3])))
f = C.add
print(f(b, 100))
class D(C):
    def get(self):
        return "D:" + str(super().get())
print(D(7).get(), C.get(D(8)))
