# type(x).__name__ for values of every builtin type used in programs
vals = [0, 2**100, 1.5, 1j, True, None, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(0), slice(0), type, object()]
print([type(v).__name__ for v in vals])
print(type(type(1)) is type, type(int) is type, type(object) is type)
