# tuples: packing, unpacking in returns, immutability with mutable members, comparison, as keys
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4])
print(lo, hi, minmax("zebra"))
t = 1, [2], "three"
t[1].append(2.5)
print(t, len(t), t[1:], t[::-1])
try:
    t[0] += 1
except TypeError:
    print("TypeError")
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested < ((1, 3),), (1, 2) + (3,) * 2, () + ())
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[1, 2], len(grid))
