# strip/lstrip/rstrip with chars, center/ljust/rjust/zfill, expandtabs-free padding
print(repr("  a b  ".strip()), repr("\t\n x \r".strip()), repr("xxaxx".strip("x")), repr("abcba".strip("ab")))
print(repr("  a ".lstrip()), repr("  a ".rstrip()), repr("www.example.com".lstrip("cmowz.")), repr("".strip()), repr("aaa".strip("a")))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".center(2)), repr("".center(3, "-")))
print(repr("abc".ljust(6)), repr("abc".rjust(6, ".")), repr("abc".ljust(1)), repr("日本".ljust(4, "語")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(2), "".zfill(3), "-".zfill(3))
try:
    "a".center(5, "ab")
except TypeError:
    print("TypeError fill")
print("a b".replace(" ", "_"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("aa", "b"))
print("abc".replace("b", ""), "".replace("", "x"), "é日é".replace("é", "e"), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
