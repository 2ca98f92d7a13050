# tuple repetition/concat produce new tuples; count/index with mixed types; tuple() of generator
t = (1, "a", 1.0, True, None)
print(t.count(1), t.index(1.0), t.index(None), t.count("a"), (0,) * 3, t + t[:1], tuple(x for x in range(3)))
print(tuple(reversed(t)), sorted(t[:3], key=str), len(()), () == tuple(), (1, 2) * 2 == (1, 2, 1, 2))
try:
    (1, 2).index(3)
except ValueError:
    print("ValueError")
