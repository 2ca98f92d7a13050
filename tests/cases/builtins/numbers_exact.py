# exact numerics: correctly rounded round(), float hashes equal int hashes, exact int/float comparison, float // and %
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-1.005, 2), round(1234.5678, -2), round(5e-324, 320))
print(round(10**20 + 50, -2), round(-25, -1), round(2**70 + 0.5) == 2**70, round(1.5), round(-2.5), round(7, 2))
print(hash(2.0) == hash(2), hash(2.0**100) == hash(2**100), hash(-1) == hash(-1.0), hash(1.5) == hash(1.5), hash(0.5) != hash(0))
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 10**400 > 1e308, -(10**400) < -1e308, 2**1024 > float("inf"), 3 < 3.5 < 4)
print(1 // 0.1, 1 % 0.1, -1 // 0.1, -7.5 // 2, 7.5 % -2, -0.0 % 5, divmod(-7.5, 2), divmod(2**70, -3))
print((1.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (2.0**-1074).hex(), float.fromhex("0x1.fffffffffffffp1023"))
print(float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"), float.fromhex(" -0X.8P1 "))
for bad in ("0x1p1024", "0xg", ""):
    try:
        print(float.fromhex(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(float("1_000.5"), float(" -iNfinity "), float("1e-400"), float(".5e1"), int("0b_101", 0), int("  -0x_1F ", 16))
for bad in ("_1.0", "1__0", "1_", "1e", ".", "0x10"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
print((-8) ** (1 / 3), (-2) ** 0.5, 2 ** -1, (-2) ** -2, pow(3, -1, 11), pow(-3, 3, 5), pow(2, 10**9, 10**9 + 7))
print(7 ** 1000 % 10**9, len(str(7 ** 4000)), (10**50).bit_length(), (-(2**64)).to_bytes(9, "big", signed=True).hex())
class I(int):
    pass
print(I(5) + 1, abs(I(-3)), -I(2), I(7) // 2, hash(I(9)) == hash(9), I(3).__add__(4), (5).__radd__(1), (1).__add__(1.5))
