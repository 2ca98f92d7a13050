# __eq__/__ne__/__hash__: dict and set membership, default identity, unhashable
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): "one", K("a"): "A"}
print(d[K(1)], d[K("a")], K(1) in d, K(2) in d, len({K(1), K(1), K(2)}))
print(K(1) == K(1), K(1) != K(1), K(1) == 1, K(1) != 2)
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError:
    print("TypeError unhashable")
try:
    {NoHash(): 1}
except TypeError:
    print("TypeError dict key")
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, {p: 1}[p], hash(p) == hash(p))
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(EqOnly(1) != EqOnly(2), EqOnly(1) != EqOnly(1))
class Always:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(Always() == 5, 5 == Always(), [Always()].count(3), 3 in [Always()], [1, 2].index(Always()))
class Never:
    def __eq__(self, o): return False
    def __hash__(self): return 1
n = Never()
print(n == n, n in [n], n in {n}, [n].count(n))
print(hash(1) == hash(1.0) == hash(True), hash("ab") == hash("a" + "b"), hash((1, 2)) == hash((1, 2)))
print(hash(2**100) == hash(2**100), hash(-1.5) == hash(-1.5), hash(None) == hash(None))
