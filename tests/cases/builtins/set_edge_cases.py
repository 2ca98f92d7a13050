# sets with one element, numeric equivalents, None, empty operations
s = {None}
print(s, repr({0}), len({1, 1.0, True}), {0, 0.0, False} == {0}, {2.5} == {2.5})
e = set()
print(e | e, e & {1}, e - {1}, sorted(e ^ {1}), e <= {1}, e.isdisjoint(e), len(e))
s = {"x"}
s.discard("x"); s.discard("x")
print(s, bool(s))
