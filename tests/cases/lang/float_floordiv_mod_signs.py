# float floor division and modulo follow the sign of the divisor
for a in (7.5, -7.5, 0.0, -0.0, 1e-300, 5.0):
    for b in (2.0, -2.0, 0.5, -0.25, 3):
        print(a, b, a // b, a % b)
print(-1e-300 % 1.0, 1e300 % 3.0 < 3.0, divmod(-0.5, 1.0))
