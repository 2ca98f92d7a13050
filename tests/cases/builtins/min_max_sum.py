# min/max with iterables, several args, key, default; sum with start; errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 2]), max("hello"), min((5,)), max(range(10)), min(-1, -1.5))
print(max(["a", "bbb", "cc"], key=len), min([(1, "z"), (1, "a")]), max([1, 2, 3], key=lambda x: -x))
print(min([], default="empty"), max([], default=None), max([7], default=0), min(iter([3, 2, 9])))
print(max([1, 3, 3], key=lambda x: x // 2), max(1, 2, key=lambda x: 0), min("b", "a", key=str.upper))
for bad in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, "a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([2**64, 2**64]), sum(x * x for x in range(100)), sum([True, True]), sum([], 5), sum([1], start=10))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError sum str")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError mixed")
