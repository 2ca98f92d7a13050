# bytes/bytearray equality, ordering, hashing, as dict keys, conversions between them
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"a" < bytearray(b"b"), b"" == bytearray())
print({b"k": 1}[b"k"], hash(b"x") == hash(b"x"), b"abc" == b"ab" + b"c", bytes(bytearray(b"zz")) == b"zz")
try:
    hash(bytearray(b"x"))
except TypeError:
    print("TypeError unhashable bytearray")
print(b"a" != "a", b"1" != 1, sorted([b"b", b"a", b"ab", b""]), max(b"xyz", b"xz"))
