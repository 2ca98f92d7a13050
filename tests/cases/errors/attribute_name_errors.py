# AttributeError for missing attributes/methods on builtins and instances; NameError for unbound names
for expr in ("(1).foo", "'s'.nope", "[].push", "None.x", "{}.has_key", "(1.5).bit_length", "int.nope", "len.x", "(1,).append"):
    try:
        eval(expr)
        print("no error", expr)
    except AttributeError:
        print("AttributeError", expr)
class C:
    __slots__ = ("a",)
c = C()
for action in (lambda: c.a, lambda: setattr(c, "b", 1), lambda: delattr(c, "a"), lambda: setattr(1, "real", 2), lambda: setattr("s", "x", 1)):
    try:
        action()
    except AttributeError:
        print("AttributeError")
for name in ("undefined_thing", "Print", "true"):
    try:
        eval(name)
    except NameError:
        print("NameError", name)
def f():
    return later_global
try:
    f()
except NameError:
    print("NameError in function")
later_global = "now defined"
print(f())
def g():
    x = x + 1 if False else undefined_local_name
try:
    g()
except NameError:
    print("NameError local")
