# class bodies: names visible in body, not in methods; class vars from comprehension; nested classes
x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    def n(self):
        return self.x
    class Inner:
        z = "inner"
print(C.y, C().m(), C().n(), C.Inner.z, C.Inner().z)
def f():
    v = "enclosing"
    class D:
        w = v
        def get(self):
            return v
    return D
D = f()
print(D.w, D().get())
class E:
    a = 1
    b = a + 1
    a = 10
print(E.a, E.b)
class F:
    items = [1, 2]
    total = sum(items)
print(F.total)
