# exec/eval with a separate locals dict: stores go to locals; names are looked up in locals, then globals, then builtins
g = {"x": 1, "shared": "global"}
l = {"y": 2, "shared": "local"}
exec("z = x + y\nw = shared\nx += 10\nfor i in range(2): pass", g, l)
print(sorted(l.items()), g["x"], sorted(g), "__builtins__" in g)
print(eval("x + y + z", g, l), eval("shared", g, l), eval("shared", g), eval("len('ab') + y", g, {"y": 5}))
print(eval("len", g, {"len": "shadowed"}), eval("abs(-3)", {}, {}), eval("q", {}, {"q": "only local"}))
exec("global gv\ngv = 'in globals'\nlv = 'in locals'", g, l)
print(g["gv"], l["lv"], "gv" in l, "lv" in g)
exec("def f(): return x\ndef h(): return z\nclass K:\n    a = x\nimport _exec_helper as mod", g, l)
print(l["f"](), l["K"].a, l["mod"].VALUE, "f" in g, "K" in g)
try:
    l["h"]()
except NameError:
    print("NameError: function bodies see the globals, not the exec locals")
exec("del z", g, l)
print("z" in l)
try:
    exec("del gv", g, l)
except NameError:
    print("NameError: del only looks in locals")
try:
    eval("nope", g, l)
except NameError:
    print("NameError")
try:
    eval("[y for _ in range(1)]", {}, {"y": 1})
except NameError:
    print("NameError: comprehensions see the globals")
print(eval("[v * 2 for v in data]", {}, {"data": [1, 2]}))
exec("print(locals() is ns, 'y' in locals())", {"ns": l}, l)
print(locals() is globals(), eval("locals() is globals()"))
same = {"a": 1}
exec("b = a + 1", same, same)
print(sorted(k for k in same if k != "__builtins__"))
only_g = {}
exec("c = 3", only_g)
print(only_g["c"])
print(exec("1", {}, {}), eval("(1, 2)", None, {"unused": 0}))
exec("print(__name__)", {"__name__": "given"}, {})
class C:
    exec("a = 1")
    b = eval("a + 1")
print(C.a, C.b)
def fn():
    return eval("arg * 2", None, {"arg": 21})
print(fn())
try:
    exec("x = 1", {}, 5)
except TypeError:
    print("TypeError")
try:
    exec("x = 1", 5)
except TypeError:
    print("TypeError")
