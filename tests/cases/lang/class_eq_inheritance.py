# __eq__ defined in a base applies to subclasses; comparing instances of different classes
class Base:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Base) and self.v == o.v
    def __hash__(self): return hash(self.v)
class A(Base): pass
class B(Base): pass
print(A(1) == B(1), A(1) == A(2), A(1) != B(1), A(1) in [B(1)], {A(1): "a"}.get(B(1)), len({A(1), B(1), A(2)}))
