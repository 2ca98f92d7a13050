# creating and calling many closures and bound methods
def mk(i):
    return lambda x: x + i
fs = [mk(i) for i in range(10000)]
print(sum(f(1) for f in fs))
class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
ms = [C(i).get for i in range(10000)]
print(sum(m() for m in ms))
