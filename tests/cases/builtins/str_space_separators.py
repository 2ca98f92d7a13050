# What counts as whitespace for str.isspace, split(), rsplit() and the strip
# family: Unicode White_Space plus the information separators U+001C-U+001F,
# but not zero-width characters.
chars = ["\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "\ufeff", "\t", "\x0b"]
print([c.isspace() for c in chars])
for c in chars:
    s = "a" + c + "b" + c + c + "c"
    print(repr(c), s.split(), s.rsplit(None, 1), s.split(None, 1))
    t = c + " x " + c
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
print("".isspace(), " \x1c\x1f ".isspace(), "\x1c\x1fz".isspace())
