# round/abs/int interplay on bools, big ints and negative zero
print(round(-0.5), round(0.5), round(-2.5), round(2**70 + 0.5) == 2**70, round(123.456, -1), round(-123.456, 1))
print(abs(-True), int(-0.0), round(-0.0, 1), round(1.5) + round(2.5), round(1e16 + 1))
