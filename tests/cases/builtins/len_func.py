# len() of all sized builtins and user __len__; errors for unsized
print(len(""), len("日本"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(frozenset()), len(range(0, 10, 3)), len(memoryview(b"abc")))
print(len({1: 0}.keys()), len({1: 0}.items()), len("\U0001F600"), len(range(2**40)), len([0] * 10000))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in (5, 1.5, None, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError:
        print("TypeError")
class Huge:
    def __len__(self): return 2**100
try:
    len(Huge())
except OverflowError:
    print("OverflowError")
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError:
    print("ValueError")
class NotInt:
    def __len__(self): return "3"
try:
    len(NotInt())
except TypeError:
    print("TypeError non-int")
