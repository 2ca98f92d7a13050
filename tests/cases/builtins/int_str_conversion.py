# str/repr of ints, bin/oct/hex, big numbers to string and back
for v in (0, 7, -7, 255, -255, 2**64, -(2**64) + 1, 10**20):
    print(str(v), repr(v), bin(v), oct(v), hex(v))
big = 7 ** 1000
s = str(big)
print(len(s), s[:20], s[-20:], int(s) == big)
print(str(-(10**100))[:5], len(str(10**100)), str(2**1000)[-10:])
print(hex(2**100 - 1), bin(-(2**65)), oct(8**30))
huge = 10 ** 4200 + 12345
s = str(huge)
print(len(s), s[-6:], int(s) - 10**4200)
h = hex(3 ** 20000)
print(len(h), h[:12], int(h, 16) == 3 ** 20000)
try:
    hex(1.5)
except TypeError:
    print("TypeError")
try:
    bin("1")
except TypeError:
    print("TypeError str")
class Idx:
    def __index__(self): return 10
print(bin(Idx()), hex(Idx()), oct(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Idx()])
