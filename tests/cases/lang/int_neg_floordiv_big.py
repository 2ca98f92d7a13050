# negative floor division and modulo with big operands around 2**63/2**64
for a in (2**63, 2**63 - 1, -(2**63), -(2**63) - 1, 2**64, -(2**64), 10**25, -(10**25)):
    for b in (3, -3, 2**32, -(2**32), 2**64 + 1, -(2**64 + 1)):
        q, r = a // b, a % b
        assert q * b + r == a and (r == 0 or (r > 0) == (b > 0))
        print(q, r)
