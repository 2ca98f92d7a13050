# OverflowError: float overflow, int too big for float, float to int of inf, huge shifts/conversions
cases = ["2.0 ** 10000", "10.0 ** 400", "float(10**400)", "int(float('inf'))", "round(float('inf'))", "10**400 / 1",
         "1e308 * 10 == float('inf')", "(10**400) * 1.0", "1.5 + 10**400", "(2**1100) ** 0.5", "math_free := 1" if False else "1e200 ** 2"]
for c in cases:
    try:
        r = eval(c)
        print("no error", c, r)
    except OverflowError:
        print("OverflowError", c)
print(issubclass(OverflowError, ArithmeticError))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError to_bytes")
try:
    "%c" % (2**40)
except OverflowError:
    print("OverflowError %c")
