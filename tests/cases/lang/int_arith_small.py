# int arithmetic on small values: + - * unary ops, precedence
print(1 + 2, 7 - 10, -3 * 4, 6 * -7)
print(-(-5), +(-5), -0, +0)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 2 ** 3 ** 2, 100 // 7 // 2)
a = 0
for i in range(10):
    a = a * 3 + i
print(a)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
print(0x10, 0o17, 0b101, 1_000_000, 0X_FF if False else 0xff)
print(type(1 + 2).__name__, type(7 // 2).__name__, type(7 / 7).__name__)
print(1 - 1 == 0, 3 * 0, 0 * -1)
