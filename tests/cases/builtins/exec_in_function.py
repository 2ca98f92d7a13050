# exec/eval inside functions: function globals plus a per-frame locals dict; compiled code with separate globals/locals
def f():
    exec("y = 1")
    return 'y' in globals()
print(f())
def g():
    x = 5
    exec("x = 7; z = x + 1")
    return x
print(g())
def h():
    x = 5
    return eval("x + 1")
print(h())
def h2():
    x = 5
    d = {}
    try:
        exec("w = x * 2", globals(), d)
    except NameError:
        print("NameError")
    exec("w = 2", globals(), d)
    return d
print(h2())
G = 10
def h3():
    exec("global G; G = 11")
    return G
print(h3(), G)
def h4():
    a = 3
    exec("print(a, G)")
    exec("b = a + 1\nprint(b)")
h4()
def h5():
    exec("def inner(): return 42")
    return [k for k in ('inner',) if k in globals()]
print(h5())
g1 = {"q": 1}
l1 = {"r": 2}
code = compile("s = q + r\nt = len([q])", "<s>", "exec")
exec(code, g1, l1)
print(sorted(k for k in g1 if k != "__builtins__"), sorted(l1.items()))
exec("u = q", g1, l1)
print(l1.get("u"), "u" in g1)
print(eval("q + r", g1, l1))
print(eval(compile("q * 10 + r", "<e>", "eval"), g1, l1))
class M:
    def __getitem__(self, k):
        if k == "magic": return 99
        raise KeyError(k)
l2 = {}
exec("def fn(): return q\nv = fn()", g1, l2)
print(l2["v"], "fn" in l2, "fn" in g1)
exec("import sys as _s" if False else "pass", g1, l2)
exec("x1 = 5", g1)
print(g1.get("x1"))
def k():
    exec("y2 = 3")
    try:
        return y2
    except NameError as e:
        return "NameError"
print(k())
def k2():
    exec("y3 = 3")
    return eval("y3")
print(k2())

def closure():
    c = 1
    def inner():
        return c
    exec("print(c, inner())")
    print(eval("c + 1"), sorted(eval("dir()")))
closure()
def lam():
    return (lambda q: eval("q * 3"))(4)
print(lam())
def gen():
    x = 2
    yield eval("x")
    x = 3
    yield eval("x")
print(list(gen()))
def shadow():
    len = lambda s: -1
    return eval("len('abc')")
print(shadow())
def nested_exec():
    v = 1
    exec("exec('v2 = v + 1'); print('v2' in dir())")
    return "v2" in globals()
print(nested_exec())
exec("def mod_f():\n    exec('mz = 1')\n    return 'mz' in globals()\nprint(mod_f())")
exec("mlevel = 4; exec('mlevel2 = mlevel + 1')")
print(mlevel2)
