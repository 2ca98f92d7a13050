# allocations far beyond any heap raise MemoryError (or OverflowError) that the program can catch
attempts = [
    lambda: [0] * (2**62),
    lambda: [0, 1] * (2**62),
    lambda: (0,) * (2**62),
    lambda: "x" * (2**62),
    lambda: "ab" * (2**62),
    lambda: b"x" * (2**62),
    lambda: bytes(2**62),
    lambda: bytearray(2**62),
    lambda: list(range(2**62)),
]
for i, f in enumerate(attempts):
    try:
        f()
        print(i, "allocated?!")
    except (MemoryError, OverflowError):
        print(i, "caught")
l = [1, 2, 3]
print(l * 2, "still works")
