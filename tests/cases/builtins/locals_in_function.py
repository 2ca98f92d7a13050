# locals(), dir() and vars() inside functions, comprehensions, generators and class bodies
def f(a, b=2, *args, **kw):
    c = 3
    l = locals()
    print(sorted(l.items()))
    d = 4
    print(sorted(locals()), l is locals(), "d" in l)
    l["zz"] = 1
    print(sorted(locals()))
    del c
    print(sorted(locals()))
    print(dir())
    print(sorted(vars()))
f(1, x=5)
def g():
    v = 1
    def inner():
        return v
    print(sorted(locals()))
    return [locals() for _ in range(1)][0]
print(sorted(g()))
class C:
    x = 1
    print(sorted(locals()))
    def m(self):
        return sorted(locals())
print(C().m())
print("f" in locals(), "f" in dir())
def gen():
    q = 1
    yield sorted(locals())
    r = 2
    yield sorted(locals())
print(list(gen()))
def ex():
    exec("a1 = 1")
    exec("a2 = a1 + 1")
    print(sorted(locals()), eval("a2"))
ex()
class A0:
    def m(self): return "A0.m"
class B(A0):
    def m(self):
        exec("t = 1")
        locals()
        return super().m() + "/B"
    def n(self):
        class Inner:
            y = 2
        locals()
        return Inner.y
print(B().m(), B().n())
def outer():
    x = 1
    locals()
    class K:
        z = x
    return K.z
print(outer())
def rec(n):
    locals()
    return n if n == 0 else rec(n - 1)
print(rec(50))
