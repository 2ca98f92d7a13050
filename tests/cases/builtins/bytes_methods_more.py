# bytes methods: split with maxsplit, rsplit, strip chars, find with int, count, replace count, join iterables
b = b"  a,b,,c  "
print(b.strip(), b.split(b","), b.strip().split(b",", 1), b.rsplit(b",", 1), b.lstrip(), b.rstrip(b" c"))
print(b"abcabc".find(98), b"abcabc".rfind(b"c"), b"abcabc".count(b"bc"), b"aaa".replace(b"a", b"b", 2), b"x".join([b"1", bytearray(b"2")]))
print(b"Hello".startswith((b"x", b"He")), b"Hello".endswith(b"lo", 0, 5), b"a b\tc".split(), b"abc".index(b"c"), b"A1".isalnum() if False else b"A".isupper())
print(b"hello world".title() if False else b"hello".upper(), b"ABC".lower(), b"a\nb\r\nc".splitlines(), b"  ".isspace(), b"ab".zfill(4) if False else b"ab".center(6, b"-"))
try:
    b"abc".index(b"z")
except ValueError:
    print("ValueError")
print(bytes.fromhex("deadbeef"), b"\xde\xad".hex(), bytes.fromhex(""), list(bytes.fromhex("00ff")))
