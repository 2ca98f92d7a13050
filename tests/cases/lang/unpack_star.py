# starred assignment targets in all positions, nested, empty results
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = "xyz"
print(a)
[a, *b] = "q"
print(a, b)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for first, *rest in ([1, 2, 3], "ab", (9,)):
    print(first, rest)
a, *b, c, d = "abcdefg"
print(a, b, c, d, type(b).__name__)
head, *tail = iter([1, 2, 3])
print(head, tail)
*a, b, c = {"k1": 1, "k2": 2, "k3": 3}
print(a, b, c)
