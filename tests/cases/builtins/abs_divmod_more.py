# abs and divmod edge cases: minimum ints, bools, floats with signs and zero
print(abs(-(2**63)), abs(-(2**64) - 1), abs(False), abs(-0.0), abs(-1e-300), abs(-7 + 0j))
print(divmod(-(2**63), -1), divmod(2**64, 2**32), divmod(-1, 2**64), divmod(0.0, -1.0), divmod(-1.0, 3), divmod(1, -0.5))
print(divmod(True, True), divmod(-3, 1), divmod(7, 7), divmod(-7, 7))
