# ** and pow(): positive, zero, negative exponents, 3-arg pow
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 1 ** 1000)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3, type(2 ** -1).__name__)
print(2 ** 100, (-3) ** 41, 7 ** 77 % 1000)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 100, 1000007), pow(123456789, 987654321, 10**9 + 7))
print(pow(2**80, 2**20, 2**61 - 1), pow(7, 0, 1), pow(0, 0, 5))
print(2.0 ** 3, 2 ** 0.5, 4 ** 0.5, (-8) ** 2.0, 0.5 ** -2)
x = 3
x **= 4
print(x)
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
