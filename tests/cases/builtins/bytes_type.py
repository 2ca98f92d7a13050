# bytes: construction, indexing, slicing, methods shared with str, repr, immutability
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"abc"), bytes(bytearray(b"x")), bytes(range(65, 70)), bytes("é", "utf-8"))
b = b"Hello, World"
print(len(b), b[0], b[-1], b[7:], b[::-1][:3], b.lower(), b.upper(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.split(b", "), b.replace(b"l", b"L"), b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b"  x ".strip())
print(b"-".join([b"a", b"b"]), b"a,b".partition(b","), b.index(b"W"), b"abc" + b"def", b"ab" * 2, b"x" in b"xyz", 120 in b"xyz")
print(b"abc".decode(), b"\xe6\x97\xa5".decode("utf-8"), b"hi".hex(), bytes.fromhex("68 69 ff"), b"".hex())
print(repr(b"\x00\n\t\\'\""), repr(b"\x7f\x80\xff"), b"a" < b"b", b"ab" == b"ab", b"" < b"\x00")
print(b"1 2  3".split(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"AbC".swapcase() if False else b"abc".center(7, b"*"))
print(list(b"az"), tuple(b"\x00\xff"), sum(b"\x01\x02\x03"), max(b"abc"), sorted(b"cab"))
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
for bad in ([256], [-1], ["a"], "str"):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, repr(bad))
try:
    b"a" + "b"
except TypeError:
    print("TypeError bytes+str")
print(hash(b"ab") == hash(b"ab"), b"abc" != "abc", bytes(0) == b"")
