# min/max of plain ints and floats (NaN, signed zeros, first best wins) and int() of short decimal texts beside the general parser.
nan = float("nan")
print(min(3, 1, 2), max(3, 1, 2), min([5, -2, 7]), max((5, -2, 7)), min([4]), max(2, 2))
print(min(1.5, 0.5), max([0.5, 2.5, -1.0]), min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(min(1, 2.5), max(True, 0), min([3, 2.0]), max([], default=9), min("b", "a"))
print(int("12"), int("-7"), int("+5"), int("007"), int(" 42 "), int("1_000"), int("123456789"), int("1234567890"), int(True), int(3))
for bad in ["", "-", "+", "1.5", "abc", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
