# bin/oct/hex for positive, negative, zero, big ints, bools and __index__
for v in (0, 1, -1, 7, -8, 255, 256, 2**32, -(2**32), 2**64 + 1, 12345678901234567890, True):
    print(bin(v), oct(v), hex(v))
print(int(bin(-37), 0), int(oct(99), 0), int(hex(-255), 0), int(hex(2**100), 16) == 2**100)
for bad in (1.0, "1", None):
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError:
            print("TypeError", f.__name__)
