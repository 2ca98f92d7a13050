# sum over floats (naive left-to-right), big ints, bools, start values, generators
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([0.5] * 4), sum(range(-10, 11)))
print(sum([2**63] * 4), sum([-(2**70), 2**70]), sum([True] * 7, 0.5), sum([[1], [2, 3]], [0]))
print(sum(i / 2 for i in range(5)), sum([1j, 2]), sum((), 7), sum([1, 2], start=-3))
