# dict copies are shallow; equality ignores order; comparing dicts with lists/None/other types
a = {"l": [1], "n": 1}
b = a.copy()
b["l"].append(2)
b["n"] = 2
print(a, b)
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {} == [], {1: 2} != {1: 2}, {"a": None} == {"b": None})
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError ordering")
