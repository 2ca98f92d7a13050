# Global loads and stores through the inline cache while the globals dict
# changes underneath: table growth, deletion, re-creation, exec with
# other dicts (the cache must never return a stale or foreign value).

X = 1


def read_x():
    return X


def write_x(v):
    global X
    X = v


print(read_x())
# Grow the globals table many times: the cached entry index moves tables.
for i in range(300):
    globals()["g%d" % i] = i
    if i % 50 == 0:
        print(i, read_x())
write_x(7)
print(read_x())
del X
try:
    read_x()
except NameError as e:
    print("NameError", type(e).__name__)
write_x(9)
print(read_x())

# The same code object run with different globals dicts.
src = "def f():\n    return Y\n"
d1 = {"Y": "one"}
d2 = {"Y": "two"}
exec(src, d1)
exec(src, d2)
for _ in range(3):
    print(d1["f"](), d2["f"]())
d1["Y"] = "uno"
for k in range(100):
    d1["k%d" % k] = k
print(d1["f"](), d2["f"]())
del d2["Y"]
try:
    d2["f"]()
except NameError as e:
    print("NameError", type(e).__name__)


# A builtin shadowed by a global after the cache saw the builtin.
def use_len():
    return len([1, 2, 3])


print(use_len())
len = lambda x: "shadowed"
print(use_len())
del len
print(use_len())

