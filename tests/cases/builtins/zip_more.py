# zip stops at the shortest input without consuming extra items from later iterators
it = iter(range(10))
print(list(zip(it, "ab")), next(it))
print(list(zip("abc", range(10), [True] * 2)), dict(zip(range(3), range(3, 6))))
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b, list(zip(*zip("ab", "cd"))))
