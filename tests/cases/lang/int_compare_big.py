# ordering and equality between small and big ints of both signs, incl. sorting
vals = [0, -1, 1, 2**62, -(2**62), 2**63, -(2**63), 2**64, -(2**64), 10**30, -(10**30), 2**62 - 1]
print(sorted(vals))
print(max(vals), min(vals), 2**64 > 2**63 > 2**62, -(2**64) < -(2**63) < 0)
print(2**64 == 2**64, 2**64 == 2**64 + 0, 2**64 != 2**64 + 1, (2**64) - (2**64 - 1) == 1)
print([v < 2**63 for v in vals])
