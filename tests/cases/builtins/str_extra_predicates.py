# less common str predicates CPython users reach for: istitle, isidentifier, isdecimal, isnumeric, isprintable, isascii
for s in ("Hello World", "hello", "HELLO", "Hello world", "", "A1 B2", "x", "_x1", "1x", "a b", "123", "12.5", "\t"):
    print(repr(s), s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isprintable(), s.isascii())
print("é".isascii(), "\x7f".isascii(), "\x80".isascii())
