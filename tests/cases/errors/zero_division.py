# ZeroDivisionError from every division-like operation on int, float, bigint and complex
cases = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.5 % 0", "divmod(1.5, 0.0)",
         "2**100 / 0", "2**100 // 0", "2**100 % 0", "-(2**100) // 0", "0 / 0", "0 ** -1", "0.0 ** -1", "pow(0, -2)",
         "1j / 0", "(1+1j) / 0j", "True / False", "10 % False", "pow(5, 2, 0) if False else 1 // 0"]
for c in cases:
    try:
        eval(c)
        print("no error", c)
    except ZeroDivisionError:
        print("ZeroDivisionError", c)
print(issubclass(ZeroDivisionError, ArithmeticError), 0.0 / 1, -0.0 // 1)
x = 5
try:
    x //= 0
except ZeroDivisionError:
    print("ZeroDivisionError augmented", x)
