# Int arithmetic across the small-int boundary (2**47) and the i64 range: products, sums, masks, shifts, floor division and modulo with negatives.
vals = [0, 1, -1, 2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**48, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 + 5, -(2**64) - 5, 1103515245, -12345]
for x in vals:
    for y in [3, -3, 7, 2**31 - 1, 1103515245, -(2**40), 2**47]:
        r = (x * y, x + y, x - y, x & y, x | y, x ^ y, x // y, x % y)
        print(x, y, r)
for x in [2**47 - 1, -2**47, 2**63 - 1, -2**63, 12345]:
    print(x, x << 3, x << 16, x >> 3, x >> 70, -x >> 5, x * x, x * -x)
state = 7
out = []
for _ in range(200):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    out.append(state % 1000)
print(state, sum(out), out[:10])
big = 2**47
print(big * big, big + big, (big * 3) & 0xFFFF, (big * 3) | -1, (big * 3) ^ -big, -big * big)
a = 2**47 - 1
print(a * 2, a * 2 - a, (a * 2) // 3, (a * 2) % -7, divmod(a * 3, -5))
print(type(a * 2).__name__, (a * 2 - a) == a, hash(a * 2 - a) == hash(a))
