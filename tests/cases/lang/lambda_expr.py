# lambda: defaults, varargs, nesting, in data structures, immediately invoked
sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=10: x + y)(1), (lambda x, *, y: x - y)(5, y=3))
add = lambda a: lambda b: a + b
print(add(2)(3), add("x")("y"))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda x: x > 2, [1, 5, 2, 7])))
print((lambda: (yield))) if False else None
fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs])
print(sq.__name__, (lambda: 0).__name__)
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(1), cond(-1), cond(0))
print((lambda a, b: a if a > b else b)(3, 9))
