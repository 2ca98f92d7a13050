# Dict with str keys: build keys by concatenation, insert, look up (hits and
# misses), count occurrences. 10k distinct keys, many lookup rounds.


def main():
    n = 10_000
    keys = []
    for i in range(n):
        keys.append("key" + str(i))
    d = {}
    for i in range(len(keys)):
        d[keys[i]] = i
    hits = 0
    total = 0
    for rnd in range(300):
        for k in keys:
            total += d[k]
        for i in range(0, n, 3):
            k = "key" + str(i + rnd * 61)
            if k in d:
                hits += 1
    counts = {}
    for k in keys:
        c = k[-1]
        counts[c] = counts.get(c, 0) + 1
    return len(d), hits, total, counts["7"]


print("dict_str", *main())
