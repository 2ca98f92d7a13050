# float -> repr -> float round-trips exactly for many values
import_free = True
vals = [0.1 * i for i in range(20)] + [1 / i for i in range(1, 30)] + [2.0 ** -i for i in range(0, 60, 7)] + [10.0 ** i for i in range(-20, 25, 3)]
bad = [v for v in vals if float(repr(v)) != v]
print(len(vals), bad)
print([repr(0.1 * i) for i in range(10)])
print([str(1 / i) for i in range(1, 10)])
print(repr(1e16 - 2), repr(1e16 + 2), repr(123456789.0 * 1000), repr(0.1 ** 5), repr(2.0 ** 60), repr(2.0 ** -20))
