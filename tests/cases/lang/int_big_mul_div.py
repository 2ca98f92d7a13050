# big int multiplication, division and comparison
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(b // a, b % a, divmod(b, a))
print(a * b // b == a, (a * b) % a)
print(-a * b, -a // 7, -a % 7)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2**38), f % 1000003)
print(a < b, a > b, a == a + 0, -a < a, a < 2**100)
print(2**200 // 2**100 == 2**100, 10**50 // 10**25)
print(3**100)
print((10**30 + 1) * (10**30 - 1))
print(sum(range(10**6, 10**6 + 100)) * 10**20)
c = 10**40
c -= 10**40 - 5
print(c, type(c).__name__)
