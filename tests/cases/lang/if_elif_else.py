# if/elif/else chains, truthiness of many values, nested conditionals, ternaries
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        if n % 2:
            return "odd-medium"
        else:
            return "even-medium"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 11, 12, 1000)])
for v in (0, 1, -1, 0.0, 0.5, "", " ", [], [[]], {}, {0: 0}, (), (0,), None, set(), range(0), b"", 2**100):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10: print("no")
elif x > 4: print("elif hit")
if not x: pass
else: print("else hit")
class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
print("T" if T() else "not T", "L" if L() else "not L")
print(1 if x else 2 if x > 100 else 3)
