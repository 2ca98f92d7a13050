# list.index with start/stop incl. negatives; insert at negative/out-of-range positions; pop indices
l = list("abcabc")
print(l.index("b"), l.index("b", 2), l.index("c", -2), l.index("a", -3, -1), l.index("a", -100, 100))
try:
    l.index("a", 1, 3)
except ValueError:
    print("ValueError")
x = [1, 2, 3]
x.insert(-1, "m"); x.insert(0, "s"); x.insert(99, "e"); x.insert(-99, "S")
print(x)
print(x.pop(-1), x.pop(2), x.pop(-len(x)), x)
try:
    x.pop(-99)
except IndexError:
    print("IndexError")
