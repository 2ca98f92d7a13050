# repr of strings picks quotes and escapes control characters; printable unicode stays as is
for s in ("plain", "it's", 'say "x"', "both ' \"", "\t\n\r", "\x00\x1f", "\x7f", "\\", "é ü ß", "日本", "😀", "\x85" if False else "a\x0bb", "\u00a0" if False else "nbsp-free"):
    print(repr(s))
print(repr("a" * 3 + "'" + '"'), str(["it's", 'q"']))
