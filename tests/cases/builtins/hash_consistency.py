# hash equality for equal values across types; tuples of equal values hash equal; usable as keys
pairs = [(1, 1.0), (0, -0.0), (True, 1), (2**62, float(2**62)), ((1, 2), (1.0, 2.0)), (frozenset([1]), frozenset([1.0])), ("é", "\u00e9")]
for a, b in pairs:
    print(a == b, hash(a) == hash(b))
d = {1: "int"}
d[1.0] = "float"
print(d)
