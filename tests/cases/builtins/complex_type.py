# complex numbers: construction, arithmetic, abs, real/imag, conjugate, comparison
a = 1 + 2j
b = complex(3, -4)
print(a, b, a + b, a - b, a * b, a / b, -a, +a, a * 2, 2 * a, a + 1.5)
print(a.real, a.imag, a.conjugate(), abs(b), abs(3j), complex(), complex(2), complex(1.5, 0))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2j.imag, (0j).real, type(1j).__name__)
print(a == complex(1, 2), a != b, 1 + 0j == 1, complex("1+2j"), complex("3j"), complex(" -1.5 "))
print(repr(1j), repr(2 - 1j), repr(1 + 0j), repr(complex(-1, 2.5)), repr(-2.5j + 1))
try:
    a < b
except TypeError:
    print("TypeError ordering")
try:
    a / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    int(a)
except TypeError:
    print("TypeError int()")
try:
    complex("1+")
except ValueError:
    print("ValueError")
print(hash(1 + 0j) == hash(1), {1j: "x"}[1j], bool(0j), bool(1j))
