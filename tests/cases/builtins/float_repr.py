# float repr/str: shortest round-trip digits, exponent form, inf/nan, negative zero
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, 100.0, 1e22,
        1e23, 9007199254740993.0, 3.14159, 1234.5678, -2.5e-8, 0.3, 1.1, 2.675, 1e100]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"), repr(float("nan")))
print([1.0, 2.5], (0.1,), {"f": 1e-7})
print(float("1e500"), float("-1e500"), float("1e-500"))
