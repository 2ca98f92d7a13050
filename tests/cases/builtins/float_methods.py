# float methods: is_integer, as_integer_ratio, hex/fromhex, real/imag/conjugate
for v in (1.0, 1.5, -2.0, 0.0, 1e20, 0.1):
    print(v, v.is_integer(), v.as_integer_ratio())
print(float("inf").is_integer(), float("nan").is_integer())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print((1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
n, d = (0.75).as_integer_ratio()
print(n / d, type(n).__name__)
