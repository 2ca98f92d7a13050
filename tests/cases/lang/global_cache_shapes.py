# Global and builtin name loads through the per-instruction cache while
# the module globals and the builtins change underneath.
import builtins


def use_len():
    return len("abc")


def use_g():
    return G


print([use_len() for _ in range(3)])
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())
saved = builtins.len
builtins.len = lambda s: "patched builtin"
print(use_len())
builtins.len = saved
print(use_len())

G = 1
print(use_g())
G = 2
print(use_g())
for i in range(40):
    globals()["filler%d" % i] = i
print(use_g(), use_len())
del G
try:
    use_g()
except NameError:
    print("NameError")
G = "back"
print(use_g())


def use_abs():
    return abs(-5)


print(use_abs())
globals().clear() if False else None
globals()["abs"] = lambda x: "global abs"
print(use_abs())
del globals()["abs"]
print(use_abs())
