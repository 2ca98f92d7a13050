# 3-arg pow with a negative exponent computes a modular inverse (CPython 3.8+)
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97), pow(5, -2, 13))
print(pow(10**20 + 39, -1, 2**61 - 1) * (10**20 + 39) % (2**61 - 1))
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError")
