# int() of objects with __int__/__index__, strings with signs/whitespace, base 0 rules, bools
class I:
    def __int__(self): return 42
class X:
    def __index__(self): return 7
print(int(I()), int(X()) if hasattr(int, "__index__") or True else 7, int(" -0b11 ", 0), int("+0o7", 0), int("0_1", 0) if False else int("10_0", 0))
for s in ("010", "0x", "0b", "-", "+", "1 1"):
    try:
        print(int(s, 0))
    except ValueError:
        print("ValueError", repr(s))
print(int("00"), int("0", 0), int("00", 0), int("-00"), int("1" * 30), int("f" * 20, 16))
print(int(2.5), int(-2.5), int(1e20), int(True) + int(False), int("  7\t"))
