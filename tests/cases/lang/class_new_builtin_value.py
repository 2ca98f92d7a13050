# str/int/float/tuple/bytes subclasses built by T.__new__(cls, x): the builtin value drives str(), int(), len(), ops
class Name(str):
    def __new__(cls, s, tag=""):
        o = str.__new__(cls, s.strip())
        o.tag = tag
        return o
    def __repr__(self):
        return "Name!"
n = Name("  bob ", "t")
print(str(n), len(n), n.tag, n + "!", n * 2, n.upper(), n[1], "o" in n, list(n))
print("%s|%r" % (n, n), f"{n}|{n!r}|{n:>5}", format(n, "<4") + "|", repr(n), type(n).__name__)
print(n == "bob", hash(n) == hash("bob"), {n: 1}["bob"], {"bob": 2}[n], sorted([Name("b"), Name("a")]))
print(isinstance(n, str), type(n) is Name, type(str(n)).__name__, str(n) == n, n.startswith("b"))
class Big(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 10)
b = Big(4)
print(b, int(b), b + 1, b * b, -b, b // 3, b % 7, b ** 2, b << 1, b & 12, abs(Big(-2)), float(b))
print(str(b), repr(b), f"{b:05d}", "%d" % b, hex(b), b == 40, b < 41, hash(b) == hash(40), [0] * Big(0))
print(type(b + 1).__name__, type(int(b)).__name__, isinstance(b, int), bool(Big(0)), round(b, -1))
print(int.__new__(Big, "7"), int.__new__(Big, "ff", 16), int.__new__(Big), range(Big(1))[-1] if False else list(range(Big(1)))[:3])
class Temp(float):
    def __new__(cls, c):
        return float.__new__(cls, c + 273.15)
    def celsius(self):
        return self - 273.15
t = Temp(1.85)
print(t, float(t), t.celsius(), t > 275, int(t), round(t, 1), t.is_integer(), str(t), f"{t:.1f}")
print(float.__new__(Temp, "2.5"), float.__new__(Temp), type(t * 2).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, "x")
print(p, p.swap(), len(p), p[0], p[-1], list(p), p + (3,), p * 2, p == (1, "x"), hash(p) == hash((1, "x")))
a, b2 = p
print(a, b2, 1 in p, p.count(1), p.index("x"), tuple(p), type(tuple(p)).__name__, str(p), sorted(Pair(3, 2)))
print(tuple.__new__(Pair), tuple.__new__(Pair, "ab"), type(tuple.__new__(Pair, [1])).__name__)
class Blob(bytes):
    def __new__(cls, n):
        return bytes.__new__(cls, n * b"z")
bl = Blob(3)
print(3 * b"ab", 2 * bytearray(b"x"), bl, len(bl), bl + b"!", bl[0], bl.decode(), str(bl), bl == b"zzz", bytes(bl))
try:
    str.__new__(int, "x")
except TypeError:
    print("TypeError")
