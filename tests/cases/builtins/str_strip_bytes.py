# strip/lstrip/rstrip: ASCII byte sets, whitespace, non-ASCII text and chars, empty results
words = ["Garden.", "...x,!", "ocean!", "plain", "", ".,!", "é.", ".é!", "a.b.c", "!!ü!!"]
for w in words:
    print(repr(w.strip(".,!")), repr(w.lstrip(".,!")), repr(w.rstrip(".,!")))
ws = ["  a b  ", "\t\n\x0b\x0c\r x \x1c\x1d\x1e\x1f", "   ", "", "x", " é ", "\u3000a\u3000",
      "\x85b\xa0", " \u2003c ", "\u3000", "d\u00a0 ", " \x85 ", "é\u3000 "]
for w in ws:
    print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()), repr(w.strip(None)))
print(repr("ééaéé".strip("é")), repr("aébé".strip("éa")), repr("xyzzy".strip("yx")))
print(repr("\u3000\u3000q".lstrip("\u3000")), repr("q\x85".rstrip("\x85")))
print(repr("abc".strip("")), repr("abc".strip("abc")), repr("abcba".strip("ab")))
print(repr("\x00a\x00".strip("\x00")), repr("\x7fz\x7f".strip("\x7f")))
# results are usable strs
t = "  Key. ".strip().strip(".")
print(t, len(t), t == "Key", {t: 1}["Key"], t.lower())
class S(str):
    pass
s = S("..sub..")
r = s.strip(".")
print(r, type(r).__name__, S("  ").strip() == "")
try:
    "abc".strip(1)
except TypeError:
    print("TypeError")
