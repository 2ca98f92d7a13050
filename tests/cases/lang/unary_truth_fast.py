# Negation and truth tests of numbers on the interpreter's inline paths,
# at the small-int limits, signed zeros, NaN, bools and big ints.
vals = [-(2**47), 2**47 - 1, 0, -0.0, 0.0, float('nan'), float('inf'), 5, True, False, 2**70]
for v in vals:
    print(repr(-v), repr(-(-v)))
    print(bool(v) if v == v else "nan")
    k = v
    while k:
        k = 0
        print("truthy", repr(v))
