# iterating bytes yields ints; comprehensions over bytes; slicing yields bytes
b = b"\x00\x7f\x80\xff"
print([x for x in b], list(reversed(b)), sum(b), b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(x ^ 0xff for x in b), bytearray(x + 1 for x in b"abc"), b"%s" % b"z" * 3)
print(max(b"hello"), min(b"hello"), sorted(set(b"hello")), b"ll" in b"hello", 108 in b"hello")
