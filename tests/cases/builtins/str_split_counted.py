# split() of ASCII text (list sized by a first count): edges, all whitespace kinds, many words
for s in ["", " ", "a", " a ", "a b", "  ab  cd\tef\n\x0b\x0cg\r\x1ch\x1d\x1ei\x1fj  ", "x" * 300 + " y", " " * 200, "\x00 \x7f"]:
    print(s.split(), len(s.split()))
print(len(("w " * 10000).split()), ("w " * 10000).split()[-1])
print("é a".split(), " \u3000b\u3000".split(), "a\x85b".split())
