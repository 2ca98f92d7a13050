# tuple: construction, count/index, concatenation, comparison, hashing, immutability
t = (1, 2, 3, 2)
print(tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({"a": 0}), tuple(t) is t or tuple(t) == t)
print(t.count(2), t.index(2), t.index(2, 2), t[1:], t + (4,), t * 2, len(t), 2 in t, (1,) * 0)
try:
    t.index(99)
except ValueError:
    print("ValueError")
try:
    t[0] = 5
except TypeError:
    print("TypeError immutable")
try:
    t.append
except AttributeError:
    print("AttributeError")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)], (1, [2])[1])
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable element")
t2 = ([],)
t2[0].append(1)
print(t2, max((3, 1, 2)), min(("b", "a")), sorted((3, 1)), sum((1, 2)))
print(repr((1,)), repr(()), repr(((),)), str((1, "a", None)))
