# str: len, concatenation, repetition, comparison, iteration, conversions, immutability
s = "héllo wörld"
print(len(s), s[1], s[-1], s[::-1], list(s)[:3], s.encode(), len(s.encode()), s.encode("utf-8").decode())
print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str("already"), str(str))
print(repr(""), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\t\n\r"), repr("\x01\x1f\x7f"))
print("ab" * 3, "-" * 0, 2 * "xy", "a" + "b" + "c", "abc" < "abd", "b" > "abc", "A" < "a")
print([c for c in "日本語"], ord("日"), chr(26085), "x".join(reversed("abc")), sorted("cba"))
try:
    s[0] = "H"
except TypeError:
    print("TypeError immutable")
try:
    "a" + 1
except TypeError:
    print("TypeError concat")
try:
    "a" * 1.5
except TypeError:
    print("TypeError repeat")
print("abc".encode("ascii"), "é".encode("utf8"), b"\xc3\xa9".decode("utf-8"), str(b"\xc3\xa9", "utf-8"))
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeError:
    print("UnicodeError decode")
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "é" == "\u00e9", "\U0001F600" == "😀")
print(str(12345678901234567890), "%s" % "x", "aBc".lower().upper())
