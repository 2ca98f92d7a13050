# true division always returns float; large ints divided exactly-ish
print(6 / 3, 7 / 2, -7 / 2, 0 / 5, 1 / -4, type(6 / 3).__name__)
print(10**20 / 10**10, 2**100 / 2**98, (2**60 + 1) / 2)
print(1 / 3, 2 / 3, 1 / 7, 22 / 7)
print(10**30 / 3, -(10**30) / 7)
for a, b in ((1, 0), (0, 0), (2**70, 0), (1.5, 0)):
    try:
        print(a / b)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    print(10**400 / 1)
except OverflowError:
    print("OverflowError")
print(10**400 // 10**399, (10**400 + 1) / 10**399)
