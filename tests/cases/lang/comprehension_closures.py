# closures created inside comprehensions capture per-iteration or shared variables correctly
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda i: lambda: i)(i) for i in range(3)]
print([f() for f in fs])
fs = {k: (lambda k=k: k * 2) for k in "ab"}
print({k: f() for k, f in fs.items()})
def outer():
    base = 100
    return [lambda x, b=b: x + b + base for b in range(3)]
print([f(1) for f in outer()])
gens = [(x for _ in range(2)) for x in range(2)]
print([list(g) for g in gens])
