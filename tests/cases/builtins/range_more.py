# range with negative steps and big values; membership by arithmetic; equality by content
r = range(100, -100, -7)
print(len(r), r[0], r[-1], 2 in r, 3 in r, -96 in r, -97 in r, r.index(-40), list(r[5:8]))
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(1, 1), range(1, 2) != range(1, 3), hash(range(3)) == hash(range(0, 3)))
big = range(-(2**40), 2**40, 2**20)
print(len(big), big[1], big[-1], 0 in big, 1 in big, big.index(0))
print(list(range(5, 0)), list(range(0, 5, -1)), list(range(-1, -6, -2)), tuple(range(3)), range(3)[-3])
