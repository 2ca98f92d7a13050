# dict keys of many hashable types; numeric keys that compare equal collapse; None/bool/tuple keys
d = {}
for k in (1, 1.0, True, 2, 2.5, "2", b"2", (2,), None, False, 0, 0.0, -0.0, frozenset(), (), ""):
    d[k] = repr(k)
print(d)
print(len(d), d[1], d[0], d[2.0], d[()])
big = {2**64: "big", -(2**64): "neg big", 2**64 + 0.0: "float big"}
print(big)
