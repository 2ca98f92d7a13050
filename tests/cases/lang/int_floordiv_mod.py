# floor division and modulo with all sign combinations
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (2, -2, 3, -3, 7, -7, 1, -1):
        q, r = a // b, a % b
        assert q * b + r == a
        print(a, b, q, r, divmod(a, b))
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-(2**70) // 3, -(2**70) % 3, (2**70) // -3, (2**70) % -3)
print(divmod(-2**65, 7), divmod(2**65, -7), divmod(-2**65, -7))
