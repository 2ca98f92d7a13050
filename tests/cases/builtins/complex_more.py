# complex arithmetic with mixed types, powers, equality, conjugate chains and repr forms
z = complex(3, 4)
print(z * z.conjugate(), abs(z), z / 2, z // 1 if False else z - 3, z ** 2, z ** 0, 2 ** (0 + 0j), (1j) ** 2 == -1)
print(complex(1.5), complex("1e3j"), complex(" 2-3j "), 1 + 2j == 1 + 2.0j, (1 + 0j) == 1.0, z.real + z.imag)
print(repr(complex(1, -1)), repr(complex(-0.5, 0.5)), repr(3 + 0j), repr(1e20j), repr(complex(1.5, 2)))
