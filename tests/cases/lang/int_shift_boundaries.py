# left/right shifts across word boundaries, for positive and negative values
for v in (1, -1, 3, -3, 0x7fffffff, -0x80000000):
    print([v << s for s in (0, 1, 31, 32, 33, 62, 63, 64, 65)])
    print([(v << 70) >> s for s in (0, 1, 63, 64, 69, 70, 71, 200)])
print(-5 >> 1, -5 >> 2, -(2**65) >> 64, -(2**65 + 1) >> 64, (2**65 + 1) >> 64)
