# pow() builtin: 2 and 3 arguments, ints, floats, negative, big, errors
print(pow(2, 8), pow(-2, 3), pow(2, -1), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(-1, 2**70))
print(pow(5, 3, 13), pow(2, 1000, 10**9), pow(-5, 3, 7), pow(5, 3, -7), pow(10**30, 10**10, 97))
print(pow(2, 3, 1), pow(0, 5, 3), pow(3, 0, 7))
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(0.0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError float")
try:
    pow(2, 3.0, 5)
except TypeError:
    print("TypeError")
try:
    pow("2", 3)
except TypeError:
    print("TypeError str")
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2.0, 2)).__name__)
print((-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__)
