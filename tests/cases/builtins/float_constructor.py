# float(): from ints, strings (exponents, inf/nan spellings, whitespace, underscores), errors
print(float(), float(1), float(-3), float(True), float(2**60), float(10**20))
for s in ("1.5", " 2.5 ", "-0.0", "1e3", "1E-3", ".5", "5.", "+1.25", "inf", "-Infinity", "nan", "NaN", "INF",
          "1_000.5", "  -1e-2\n", "0x10" if False else "10", "1e308", "3.141592653589793238"):
    print(repr(s), float(s))
for s in ("", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "0x10", "in f", "_1.0"):
    try:
        print(float(s))
    except ValueError:
        print("ValueError", repr(s))
for bad in (None, [1.0], {}):
    try:
        float(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    float(10**400)
except OverflowError:
    print("OverflowError")
print(float(b"1.5") if False else float("1.5"), float(7.25))
