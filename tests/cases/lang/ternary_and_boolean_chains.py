# conditional expressions nested in arguments, lambdas and comprehensions; boolean chains returning objects
def sign(x): return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(x) for x in (-2, 0, 2)])
print((lambda a: a if a else "empty")([]), [x if x % 2 else -x for x in range(5)], max(1, 2) if True else None)
a, b = [], [0]
print(a or b, a and b, b and a, not a or b, (a or None) is None)
x = 0
r = x or (x + 1) and "and-value" or "never"
print(r)
print(1 < 2 and "yes" or "no", 1 > 2 and "yes" or "no")
