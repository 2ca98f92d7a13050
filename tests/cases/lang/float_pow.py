# float ** float and int ** negative int round like CPython's (the C library's) pow
print([10.0 ** k for k in range(18, 26)])
print([10 ** -k for k in range(1, 8)])
print(2.0 ** 0.5, 1.1 ** 100, 3.0 ** -2.5, 7.0 ** 0.1)
print((-2.0) ** 3, (-2.0) ** -3, 0.5 ** 1074, 2.0 ** -1075)
print(pow(10.0, 23), pow(1.5, 40), 9.0 ** 0.5, 1e10 ** 1.5)
x = 10.0
x **= 23
print(x, x == 1e23)
try:
    print(10.0 ** 400)
except OverflowError:
    print("OverflowError")
try:
    print(0.0 ** -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(type(2 ** -1).__name__, 2 ** -1, 5 ** -3)
print(abs((1j) ** 2 + 1) < 1e-15, (2 + 0j) ** 3)
