# float arithmetic details: ints converted exactly, large/small magnitudes, negative zero behaviour
print(0.1 * 3, 0.1 * 3 == 0.3, 1e308 + 1e308, -1e308 - 1e308, 5e-324 / 2, 1e-323 * 0.5)
print(-0.0 + 0.0, -0.0 * 1, 0.0 * -1, -0.0 == 0.0, str(-0.0), 1 / float("inf"), -1 / float("inf"))
print(2.0 ** 1023 * 2 == float("inf"), 9007199254740993 == 9007199254740993.0, float(9007199254740993))
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1, 0.7 + 0.1, 1.0 - 0.9, 7 / 100 * 100)
