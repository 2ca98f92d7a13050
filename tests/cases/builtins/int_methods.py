# int methods: bit_length, to_bytes, from_bytes (byteorder, signed), conjugate, real/imag
for v in (0, 1, -1, 2, 255, 256, -256, 2**31, 2**63, -(2**63), 2**64 - 1, 10**30):
    print(v, v.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(3, "big"))
print((255).to_bytes(1, "big"), (2**64 - 1).to_bytes(8, "little"), (2**70).to_bytes(9, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
for args in ((256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)):
    try:
        if len(args) == 4:
            args[0].to_bytes(args[1], args[2], signed=True)
        else:
            args[0].to_bytes(args[1], args[2])
    except OverflowError:
        print("OverflowError", args)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\x80" + b"\x00" * 8, "big"))
print(int.from_bytes(bytearray(b"\x00\x01"), "big"), int.from_bytes([1, 2, 3], "little"))
for v in (0, 1, -1, 12345, -12345, 2**100, -(2**100)):
    n = (v.bit_length() + 8) // 8
    assert int.from_bytes(v.to_bytes(n, "big", signed=True), "big", signed=True) == v
print("roundtrip ok")
try:
    (1).to_bytes(2, "middle")
except ValueError:
    print("ValueError byteorder")
print((5).real, (5).imag, (5).conjugate(), (-5).numerator, (6).denominator)
print((10).__add__(5), (7).__mod__(3), int.__name__)
