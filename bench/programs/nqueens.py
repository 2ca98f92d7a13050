# N-queens: count all placements of n queens on an n x n board by recursive
# backtracking with column and diagonal sets, then solve again with a
# generator of permutations filtered by a set test (the classic style).


def count_solutions(n):
    cols = set()
    d1 = set()
    d2 = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            found += place(row + 1)
            cols.remove(c)
            d1.remove(row + c)
            d2.remove(row - c)
        return found

    return place(0)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def queens_by_permutation(n):
    cols = range(n)
    total = 0
    first = None
    for vec in permutations(list(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            total += 1
            if first is None:
                first = vec
    return total, first


def main():
    a = count_solutions(11)
    b, first = queens_by_permutation(8)
    return a, b, "".join(str(v) for v in first)


print("nqueens", *main())
