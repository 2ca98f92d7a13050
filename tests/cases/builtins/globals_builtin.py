# globals() is the module namespace dict: reading and writing globals through it
a = 1
g = globals()
print(g["a"], "a" in g, "undefined_zz" in g, g is globals())
g["b"] = 2
print(b)
def f():
    return globals()["a"]
print(f())
print(__name__, g["__name__"])
