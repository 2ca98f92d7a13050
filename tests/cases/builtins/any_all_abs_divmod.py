# any/all (short-circuit), abs on all numeric types, divmod on ints and floats
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), any("a"), all(""), any(x > 3 for x in range(5)))
log = []
def t(v):
    log.append(v)
    return v
print(any(t(x) for x in [0, 1, 2]), log)
log.clear()
print(all(t(x) for x in [1, 0, 2]), log)
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(-(2**100)), abs(True), abs(3 + 4j), abs(float("-inf")))
class A:
    def __abs__(self): return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(0, 5), divmod(2**70, 3), divmod(7.5, 2), divmod(-7.5, 2.5), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod(1, "a")
except TypeError:
    print("TypeError divmod")
