# exact comparisons between ints and floats, incl. big ints and inf/nan
print(1 == 1.0, 1 < 1.5, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"))
print(float("nan") == 0, float("nan") < 0, float("nan") > 0, 0 < float("nan"))
print(0 == -0.0, 0 == 0.0, True == 1.0, False == 0.0)
print(2**63 == 9223372036854775808.0, 2**64 - 1 == 2.0**64, 2**64 - 1 < 2.0**64)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([3, 1.5, 2, -1.0, 0]))
print(1.0 in [1], 1 in [1.0], [1, 2] == [1.0, 2.0], (1,) == (1.0,))
print({1: "a"}[1.0], {1.0: "b"}[1], {True: "t"}[1])
