# more special methods: __neg__ on subclass of int, __index__, __int__/__float__ conversions, __round__, __abs__
class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __int__(self): return int(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return Meters(round(self.v, n))
    def __repr__(self): return "Meters(%r)" % self.v
m = Meters(3.75)
print(float(m), int(m), round(m), round(m, 1), [0, 1, 2, 3][Meters(2)], bin(Meters(5)), "abcdef"[Meters(1):Meters(3)])
class Neg(int):
    def __neg__(self): return "custom neg"
print(-Neg(5), Neg(5) + 1, abs(Neg(-3)))
