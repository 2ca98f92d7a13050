# bitwise ops including negatives (two's complement semantics) and shifts
vals = (0, 1, -1, 5, -5, 255, -256, 2**40 + 3, -(2**40) - 3, 2**70, -(2**70))
for a in vals:
    print(a, ~a, a & 0xff, a | 0x100, a ^ -1, a >> 3, a << 5)
for a in (12, -12, 2**65 + 12, -(2**65) - 12):
    for b in (10, -10, 2**66 - 1, -(2**66)):
        print(a & b, a | b, a ^ b)
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 200, 5 >> 100)
print(-1 >> 1, -2 >> 1, -3 >> 1, 7 >> 0, 0 << 1000)
try:
    1 << -1
except ValueError:
    print("ValueError")
try:
    1 >> -1
except ValueError:
    print("ValueError")
x = 0b1010
x &= 0b0110; print(x)
x |= 0b1001; print(x)
x ^= 0b1111; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
