# eval and exec with default and explicit global dicts
print(eval("1 + 2 * 3"), eval("'a' * 3"), eval("[x * 2 for x in range(3)]"), eval(" 5 "))
g = {"x": 10}
print(eval("x + 1", g), eval("y", {"y": "from dict"}))
exec("z = x * 2", g)
print(g["z"])
exec("def f(a):\n    return a + 100\nr = f(1)", g)
print(g["r"], g["f"](5))
ns = {}
exec("import_free = [i for i in range(3)]\nclass K:\n    v = 7\n", ns)
print(ns["import_free"], ns["K"].v)
exec("q = 42")
print(q)
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_var_xyz")
except NameError:
    print("NameError")
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError", e)
code = compile("3 * 7", "<s>", "eval")
print(eval(code))
code2 = compile("w = 5", "<s>", "exec")
exec(code2, g)
print(g["w"])
