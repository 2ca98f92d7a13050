# big integer arithmetic consistency: factorial, powers, division identities, string round-trips
f = 1
for i in range(2, 1001):
    f *= i
s = str(f)
print(len(s), s[:15], s[-5:], sum(int(c) for c in s))
q, r = divmod(f, 3**500)
print(q * 3**500 + r == f, 0 <= r < 3**500)
x = 2**10000
print(len(str(x)), x.bit_length(), (x - 1).bit_length(), x >> 9990, x % 1000007)
a = 12345678901234567890123456789 ** 20
b = 98765432109876543210 ** 15
print((a * b) // b == a, (a + b) - b == a, (a - b) + b == a, a % b < b, -a // b == -(a // b) - (1 if a % b else 0))
print(int(str(a)) == a, int(hex(a), 16) == a, int(bin(b), 2) == b, pow(a, 3, b) == (a ** 3) % b)
m = 1
for i in range(200):
    m = (m * 6364136223846793005 + 1442695040888963407) % 2**64
print(m)
