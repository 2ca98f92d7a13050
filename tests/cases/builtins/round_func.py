# round(): ints, floats, banker's rounding, ndigits positive/negative, return types
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49), round(3.51))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-2.5, 0))
print(round(3.14159, 2), round(3.14159, 0), round(1234.5678, -2), round(1234.5678, -5), round(2.675, 2))
print(round(0.125, 2), round(0.375, 2), round(1e300, 2), round(-1.005, 2))
print(round(5), round(-5), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(10**20 + 50, -2))
print(round(7, 2), type(round(7, 2)).__name__, round(True), round(123, -5))
print(round(float("inf"), 2), round(0.0, 3), round(-0.0))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
try:
    round("1.5")
except TypeError:
    print("TypeError")
