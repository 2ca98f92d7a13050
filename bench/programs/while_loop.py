# A plain `while` loop summing 10M ints: local loads/stores, compare-and-branch,
# and small-int addition, with no calls.


def main():
    total = 0
    i = 0
    n = 10_000_000
    while i < n:
        total += i
        i += 1
    return total


print("while_loop", main())
