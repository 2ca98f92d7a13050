# slice objects: attributes, indices(), use in subscripts, repr, equality
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(-100, 100, 3).indices(7))
l = list(range(10))
print(l[s], "abcdefghij"[slice(2, None, 3)], l[slice(-2, None)], (1, 2, 3)[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    slice(None, None, 0).indices(3)
except ValueError:
    print("ValueError")
l[slice(0, 2)] = ["a", "b"]
del l[slice(5, None)]
print(l)
