# := in comprehension conditions, nested expressions, and binding to enclosing scope
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
def f():
    if any((found := v) > 8 for v in data):
        return found
print(f())
print((a := 1) + (b := 2), a, b)
vals = []
while (n := len(vals)) < 3:
    vals.append(n * n)
print(vals, n)
