# numeric literal forms: underscores, bases, exponents, imaginary, leading zeros in floats
print(1_000, 0x_ff, 0o_17, 0b_1010, 1_0.0_1, 1e1_0, 0xDEAD_BEEF, 0B11, 0O7)
print(1e3, 1E-3, .5, 5., 0.0, 00.5, 1_5e-1, 3.14e+2, 1e308, 1e-308)
print(1j, 2.5j, 1e2j, 0j, 10_000j, type(1j).__name__)
print(0, 00, 0_0, -0, 9999999999999999999999, 0xffffffffffffffffffffff)
