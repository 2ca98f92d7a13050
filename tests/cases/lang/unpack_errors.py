# unpacking errors: too many, too few, non-iterable
for src in ([1, 2, 3], [1], "abcd", (), 5, None):
    try:
        a, b = src
        print(a, b)
    except ValueError:
        print("ValueError", src)
    except TypeError:
        print("TypeError", src)
for src in ([1], [], [1, 2]):
    try:
        a, *b, c = src
        print(a, b, c)
    except ValueError:
        print("ValueError", src)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError:
    print("ValueError gen")
x, y, z = gen()
print(x, y, z)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError:
    print("ValueError nested")
a = 0
try:
    a, b = 1, 2, 3
except ValueError:
    print("ValueError", a)
