# int() of floats: truncation toward zero near and far from the small-int
# range, signed zeros, exact halves, huge values, inf and nan errors, and
# float subclasses (which take the general path).
vals = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e13 + 0.75,
        -1e13 - 0.75, 99999999999999.9, -99999999999999.9, 1e14, -1e14,
        140737488355327.0, 140737488355328.0, -140737488355329.0, 1e15 + 3,
        2.0 ** 62, -(2.0 ** 63), 1e300, 123456789.987654321]
for v in vals:
    print(repr(v), int(v), type(int(v)).__name__)
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)


class F(float):
    def __int__(self):
        return 42


print(int(F(3.7)))
total = 0
for i in range(1000):
    total += int(i * 0.37) - int(-i * 0.37)
print(total)
