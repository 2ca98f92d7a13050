# Dict with int keys: inserts, lookups (hits and misses), updates, deletes.


def main():
    d = {}
    n = 600_000
    for i in range(n):
        d[i * 7] = i
    hits = 0
    total = 0
    for i in range(2 * n):
        k = i * 7 // 2
        if k in d:
            hits += 1
            total += d[k]
    for i in range(0, n, 3):
        d[i * 7] += 1
    for i in range(0, n, 2):
        del d[i * 7]
    total2 = 0
    for v in d.values():
        total2 += v
    return len(d), hits, total, total2


print("dict_int", *main())
