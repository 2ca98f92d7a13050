# truth value of instances: __bool__, then __len__, default True; bool used by if/while/not/and/or
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Plain: pass
for o in (B(True), B(False), L(0), L(3), Plain()):
    print(type(o).__name__, bool(o), not o, "yes" if o else "no", (o and "and") is o, (o or "or") is o)
n = L(3)
while n:
    n.n -= 1
print(n.n)
print([bool(x) for x in (B(False), L(1))], any([L(0), B(False)]), all([L(1), B(True)]))
