# del in loops, del of list items while iterating by index, del of globals from functions, del of nested subscripts
l = list(range(10))
i = 0
while i < len(l):
    if l[i] % 3 == 0:
        del l[i]
    else:
        i += 1
print(l)
g1 = 1
def kill():
    global g1
    del g1
kill()
print("g1" in globals())
d = {"a": {"b": {"c": 1, "d": 2}}}
del d["a"]["b"]["c"]
print(d)
x = [1, [2, [3, 4]]]
del x[1][1][0]
print(x)
class C:
    cattr = 1
del C.cattr
print(hasattr(C, "cattr"))
