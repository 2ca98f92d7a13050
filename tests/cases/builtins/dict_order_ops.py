# dict insertion order, overwrite keeps position, delete/reinsert moves to end, iteration, len, in
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d)
d = {"z": 1, "a": 2, "m": 3}
d["a"] = 20
print(list(d))
del d["z"]
d["z"] = 100
print(d)
print("a" in d, "q" not in d, len(d), [k for k in d], list(reversed(list(d))))
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError:
    print("RuntimeError changed size during iteration")
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {(1, 2): "t", "s": "str", None: "none", 3.5: "f", -1: "neg", 2**70: "big", b"b": "bytes", frozenset([1]): "fs"}
print([d[k] for k in d], d[2**70], d[frozenset([1])])
try:
    {[1]: 2}
except TypeError:
    print("TypeError unhashable")
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e.args)
big = {}
for i in range(2000):
    big[str(i)] = i
for i in range(0, 2000, 2):
    del big[str(i)]
print(len(big), big["1999"], list(big)[:3], sum(big.values()))
