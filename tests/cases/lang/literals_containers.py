# tuple/list/dict/set literals incl. trailing commas, nesting, empty
print((), (1,), (1, 2), 1, (1), ((1,),), tuple())
t = 1, 2, 3
print(t, type(t).__name__, len(t))
print([], [1], [1, 2,], [[]], [[], [[]]], list())
print({}, {"a": 1}, {1: 2, 3: 4,}, {(1, 2): [3]}, dict())
print({1}, {1, 1, 1}, set(), type({}).__name__, type({1}).__name__)
print(sorted({3, 1, 2}), sorted({"b", "a"}), len({1, 1.0, True}))
d = {"x": 1, "y": 2, "x": 3}
print(d, len(d))
print([1, *[2, 3], *(), 4], (*"ab", *range(2)), {*"aab"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"k": v for v in range(3)})
print([i * i for i in range(5)], [1, 2, 3][1:], {0: [1, {2: (3,)}]})
