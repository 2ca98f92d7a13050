# float arithmetic, mixing with int, special values
print(0.1 + 0.2, 1.5 * 2, 1 / 3, 2 / 3, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf, -inf, inf + 1, inf - inf == inf - inf, nan == nan, nan != nan)
print(inf > 1e308, -inf < -1e308, inf * 0 == inf * 0)
print(3.0 // 0.5, 3.0 % 0.7, divmod(7.5, 2), divmod(-7.5, 2))
print(1 + 1.0, 2 * 0.5, 3 - 0.5, type(1 + 1.0).__name__)
print(-0.0, 0.0 == -0.0, 1.0 / 3 * 3, 2 ** 0.5 * 2 ** 0.5)
print(1e16, 1e15, 123456789.123, 1.5e-7, 0.0001, 0.00001)
print(float(2**53) + 1, 2.0 ** 53 + 2, 10.0 ** 22, 10.0 ** 23)
print(round(3.7), round(-3.7), int(3.99), int(-3.99))
x = 1.5
x += 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 0.5; print(x)
x -= 0.25; print(x)
for bad in ("1 / 0.0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0.0)"):
    try:
        eval(bad)
    except ZeroDivisionError:
        print("ZeroDivisionError", bad)
