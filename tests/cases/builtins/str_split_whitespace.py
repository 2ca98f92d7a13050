# split() without separator collapses whitespace runs (ASCII whitespace kinds); maxsplit keeps the remainder untrimmed on the right
s = " \t a  b\n\nc \r\x0b\x0c d "
print(s.split(), s.split(None, 1), s.split(None, 2), s.rsplit(None, 1), s.split(maxsplit=1))
print("a  b".split(" "), " a b ".split(" "), "a\tb".split("\t"), "abc".split(maxsplit=0), "  abc  ".split(maxsplit=0))
