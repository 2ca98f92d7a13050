# Lists: append, indexing (read and write), slicing, sort of ints and sort
# with a key, reverse, membership in a short list.


def main():
    seed = 12345
    xs = []
    for i in range(400_000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(seed % 100_000)
    total = 0
    for i in range(len(xs)):
        total += xs[i]
    for i in range(0, len(xs) - 1, 2):
        xs[i], xs[i + 1] = xs[i + 1], xs[i]
    ys = sorted(xs)
    xs.sort(key=lambda v: -v)
    xs.reverse()
    same = xs == ys
    small = [3, 1, 4, 1, 5, 9, 2, 6]
    found = 0
    for v in ys[:100_000]:
        if v % 10 in small:
            found += 1
    mid = ys[len(ys) // 4: len(ys) // 2]
    return total, same, found, mid[0], mid[-1], len(mid)


print("list_ops", *main())
