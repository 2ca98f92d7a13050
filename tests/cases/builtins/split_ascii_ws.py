# str.split() without a separator: ASCII whitespace (including \x1c-\x1f), non-ASCII text, maxsplit and rsplit.
print("  a b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x1fk  ".split())
print("".split(), "   ".split(), "x".split(), " x ".split(), "a  b".split(None), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("é a\u2003b".split(), "a\x85b".split(), "a\xa0b".split())
print(len(("word " * 1000).split()), "a,b".split(","))
