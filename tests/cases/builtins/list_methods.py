# list methods: append extend insert pop remove index count copy clear reverse, repetition, aliasing
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend("ab"); l.extend(range(2)); l.insert(0, "first")
l.insert(100, "last"); l.insert(-1, "before last"); l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(1, 2), l.count(1), l.count("zz"))
for bad in (lambda: l.remove("zz"), lambda: l.index("zz"), lambda: [].pop(), lambda: l.pop(100), lambda: l.index(3, 1, 3)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
c = l.copy(); c.append("only in copy")
print(len(l), len(c), c is l)
l.reverse(); print(l)
l.clear(); print(l, len(l))
print([1, 2] * 3, 0 * [1], [] * 5, [[0]] * 2, [1, 2] + [3], [1] * -1)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
a = [1, 2]; b = a; b += [3]; b = b + [4]
print(a, b)
a = [1, 2, 3]
a *= 2
print(a, list(), list("abc"), list(range(3)), list((1,)), list({"k": 1}), list(x for x in [1]))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, [2, 3]] < [1, [2, 4]], max([[1], [0, 5]]))
print(len([None] * 1000), [0] * 0, sum([[1], [2]], []), [i for i in reversed([1, 2, 3])])
try:
    [1] * 1.0
except TypeError:
    print("TypeError")
try:
    [1] + (2,)
except TypeError:
    print("TypeError list+tuple")
