# NotImplemented fallback chains of binary, reflected, in-place and comparison operators, and their errors
class A:
    def __add__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return "B.radd"
class F:
    def __rmul__(self, o): return NotImplemented
class S:
    def __sub__(self, o): return ("sub", o)
    def __rsub__(self, o): return ("rsub", o)

def err(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

err(lambda: 2 * F())
err(lambda: F() * 2)
err(lambda: A() + B())
err(lambda: A() + A())
err(lambda: 1 + A())
print(S() - 1, S() - 300, 5 - S())
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    err(lambda: eval("1 %s A()" % op))
    err(lambda: eval("A() %s 1.5" % op))

class C:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "C.add"
c = C(); c += 1; print(c)
class D:
    def __iadd__(self, o): return NotImplemented
class E:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
class G:
    def __radd__(self, o): return "G.radd"
e = E(); e += G(); print(e)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    try:
        x = D()
        exec("x %s 1" % op)
    except TypeError as ex:
        print("TypeError:", ex)
def seq_errors():
    x = (1,)
    try:
        x += [2]
    except TypeError as ex:
        print("TypeError:", ex)
    y = [1]
    try:
        y *= "a"
    except TypeError as ex:
        print("TypeError:", ex)
    z = 1
    try:
        z @= 2
    except TypeError as ex:
        print("TypeError:", ex)
seq_errors()
err(lambda: [] + ())
err(lambda: () + [])
err(lambda: "a" + 1)
err(lambda: b"a" + "b")
err(lambda: bytearray(b"a") + "b")
err(lambda: 1 + "a")
err(lambda: [1] * 1.5)
err(lambda: 1.5 * [1])
err(lambda: "a" * "b")
err(lambda: A() * [1])
err(lambda: 1.5 << 1)
err(lambda: 1 & 2.0)
err(lambda: True @ 1)
err(lambda: pow(A(), 2, 3))
err(lambda: pow(2.0, 2, 3))
err(lambda: pow(2, 2, "3"))
class P:
    def __pow__(self, e, m=None): return ("pow", e, m)
print(pow(P(), 2, 3), P() ** 2)

class H:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
h = H()
print(h == h, h == H(), h != h, h != H())
err(lambda: h < H())
err(lambda: h < 1)
err(lambda: 1 < h)
err(lambda: h <= 1)
err(lambda: h > 1)
err(lambda: h >= 1)
class J:
    def __gt__(self, o): return "J.gt"
print(h < J(), 1 < J())
class L:
    def __eq__(self, o): return "L.eq"
print(1 == L(), L() == 1, 1 != L(), L() != 1)
class M:
    def __ne__(self, o): return NotImplemented
    def __eq__(self, o): return True
m = M()
print(M() != M(), m != m, M() == M())
class N:
    def __eq__(self, o): return NotImplemented
print(N() != N(), N() != 1, 1 != N())
