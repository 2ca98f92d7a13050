# map (several iterables), filter (None), reversed (sequences, __reversed__, errors)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1,))), list(reversed([])))
class R:
    def __reversed__(self): return iter("custom")
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())), list(reversed(Seq())))
for bad in ({1, 2}, iter([1]), 5):
    try:
        reversed(bad)
    except TypeError:
        print("TypeError")
l = [1, 2, 3]
r = reversed(l)
print(next(r), list(r))
print(list(map(len, ["a", "bb"])), sum(map(int, "123")), list(map(pow, [2, 3], [3, 2], [5, 5])))
