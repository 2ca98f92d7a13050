# set displays and comprehensions; operators on literal sets; membership tests of mixed types
s = {1, 2, 3, 2, 1}
print(len(s), sorted(s), 2 in s, "2" in s, 2.0 in s)
print(sorted({1, 2} | {3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
e = {*[1, 2], *"ab"}
print(len(e), sorted(map(str, e)))
print({(1, 2), (1, 2)}, {frozenset({1})} == {frozenset([1])}, set() == set(), {0} == {False})
