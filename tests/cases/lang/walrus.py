# assignment expressions (:=) in while loops, if, comprehensions, calls
data = [1, 2, 3, 0, 4]
i = 0
while (v := data[i]) != 0:
    print("v", v)
    i += 1
print("stopped at", i, v)
if (n := len(data)) > 3:
    print("long", n)
print([y for x in range(6) if (y := x * x) % 2], y)
print([(last := x) for x in "abc"], last)
total = 0
print([total := total + x for x in range(5)], total)
print((z := 10), z + 1)
def f(a): return a * 2
print(f(w := 3), w)
stack = [7, 6, 5]
out = []
while (nxt := (stack.pop() if stack else None)) is not None:
    out.append(nxt)
print(out)
print(any((hit := x) > 1 for x in [0, 1, 2, 3]), hit)
def scope():
    [q := k for k in range(3)]
    return q
print(scope())
