# str.startswith/endswith with start/end ranges incl. negatives and tuples
s = "hello world"
print(s.startswith("world", 6), s.startswith("world", 7), s.startswith("lo", 3, 5), s.startswith("lo", 3, 4), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("hello", 0, 5), s.endswith("hello", 0, 4), s.endswith("ld", -2), s.endswith(("x", "wor"), 0, -2), s.endswith("d", -100, 100))
print(s.startswith(("he", "wo"), 6), s.startswith(()), "".startswith("", 0, 0))
