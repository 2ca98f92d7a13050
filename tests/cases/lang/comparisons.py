# comparison operators across types, and the chained forms
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) > (1,), [] == [], () == ())
print((1, "a") < (1, "b"), [[1]] < [[2]], [1, [2]] == [1, [2]])
print(b"ab" < b"b", b"" == b"", bytearray(b"x") == b"x")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 < 0 <= 0, 1 < 2 < 3 < 4 < 4)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
calls.clear()
print(f(1) < f(5) > f(2) == f(2), calls)
x = 5
print(0 < x < 10, 0 < x < 3, not 0 < x < 3)
print(None == None, None is None, None != 0, 1 == "1", "1" != 1)
for a, b in ((1, "a"), ([], ()), (None, 0), ({}, 1)):
    try:
        a < b
    except TypeError:
        print("TypeError")
