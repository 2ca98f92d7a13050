# arithmetic identities checked over a grid of small, big, positive and negative ints
vals = [0, 1, -1, 7, -7, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64 + 3, -(2**100) + 1]
bad = 0
for a in vals:
    for b in vals:
        if (a + b) - b != a or (a * b) // (b or 1) != a * b // (b or 1):
            bad += 1
        if b and (a // b) * b + a % b != a:
            bad += 1
        if (a ^ b) ^ b != a or (a & b) | (a & ~b) != a or -(-a) != a:
            bad += 1
        if (a < b) + (a == b) + (a > b) != 1:
            bad += 1
print("violations:", bad)
print(sum(vals), max(vals), min(vals), sorted(vals)[3])
