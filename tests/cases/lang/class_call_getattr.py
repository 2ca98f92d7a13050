# __call__ and __getattr__ (only for missing attributes)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), callable(Adder), callable(5))
print(list(map(a, [1, 2])))
class Dyn:
    real = "real"
    def __init__(self): self.inst = "inst"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)
d = Dyn()
print(d.real, d.inst, d.x_hello, getattr(d, "x_q"), hasattr(d, "x_"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e.args)
print(getattr(d, "nope", "default"))
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, n): return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
