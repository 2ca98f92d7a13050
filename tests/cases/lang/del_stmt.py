# del of names, list items, slices, dict keys, attributes; errors afterwards
x = 1
del x
try:
    x
except NameError:
    print("NameError after del")
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")
try:
    del l[100]
except IndexError:
    print("IndexError")
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError:
    print("AttributeError")
def f():
    y = 5
    del y
    try:
        return y
    except NameError:
        return "local deleted"
print(f())
n = [[1, 2], [3, 4]]
del n[0][1], n[1]
print(n)
t = (1, 2)
try:
    del t[0]
except TypeError:
    print("TypeError tuple")
s = "str"
try:
    del s[0]
except TypeError:
    print("TypeError str")
ba = bytearray(b"abcdef")
del ba[1], ba[::2]
print(ba)
