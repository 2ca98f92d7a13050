# range: start/stop/step, len, indexing, slicing, in, index, count, reversed, equality, errors
for r in (range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(5, 5), range(0, -10, -1)):
    print(r, list(r), len(r), r.start, r.stop, r.step, bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[-2:]), 7 in r, 8 in r, 31 in r, r.index(11), r.count(7), r.count(8))
print(list(reversed(range(4))), range(3) == range(0, 3), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError step 0")
try:
    r[100]
except IndexError:
    print("IndexError")
try:
    r.index(8)
except ValueError:
    print("ValueError index")
try:
    range(1.5)
except TypeError:
    print("TypeError float")
print(range(10**9)[-1], len(range(0, 10**9, 7)), 10**9 - 1 in range(10**9), range(2**40)[2**39])
print(list(range(-3)), list(range(3, -3, -2)), 1.0 in range(3), "a" in range(3) if False else None)
