# bytes literals, escapes, indexing yields ints
b = b"abc\x00\xff\n"
print(b, len(b), b[0], b[-1], b[3], type(b[0]).__name__)
print(b"", rb"\x00", br"\n", b"a" b"b", b"'", b'"', b"'\"")
print(b[1:3], b[::-1] if False else b[1:], list(b"AZ"), bytes([65, 66]))
print(b"ab" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc", 0 in b"abc")
print(b"\t\r\\", repr(b"\x7f\x80"), b"\101")
