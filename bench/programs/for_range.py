# `for i in range(10_000_000)`: the range iteration fast path plus a cheap body.


def main():
    total = 0
    for i in range(10_000_000):
        total += i & 7
    return total


print("for_range", main())
