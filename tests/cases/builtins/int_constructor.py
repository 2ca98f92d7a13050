# int(): from numbers, strings in bases 2..36, underscores, whitespace, errors
print(int(), int(5), int(-5.9), int(5.9), int(True), int("  42  "), int("-0"), int("+7"))
print(int("1_000"), int("0x1f", 16), int("1f", 16), int("0o17", 8), int("0b101", 2), int("z", 36), int("Z", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("10", 0), int("-0x10", 0), int("0", 0))
print(int("11", 2), int("777", 8), int("zz", 36), int("-ff", 16), int("\t12\n"), int("1_2_3"))
print(int("123456789012345678901234567890"), int("-" + "9" * 40), int("1" * 64, 2))
print(int(1e18), int(-1e19), int(2.0 ** 70), int(1e-9), int(-0.5))
for s in ("", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "12a", "- 1", "++1", "1e3", "0b2", "08"):
    try:
        print(int(s))
    except ValueError:
        print("ValueError", repr(s))
for s, b in (("12", 2), ("g", 16), ("10", 37), ("10", 1), ("0x10", 10)):
    try:
        print(int(s, b))
    except ValueError:
        print("ValueError", s, b)
for bad in (None, [1], "1".encode() if False else {}, 1j):
    try:
        int(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    int(5, 10)
except TypeError:
    print("TypeError base with non-str")
for f in (float("inf"), float("-inf")):
    try:
        int(f)
    except OverflowError:
        print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan")
print(int(b"12"), int(bytearray(b"-3")), int("٣" if False else "3"))
