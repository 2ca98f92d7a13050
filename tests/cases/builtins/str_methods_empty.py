# str methods on empty strings and empty arguments
e = ""
print(repr(e.upper()), repr(e.strip()), e.split(), e.split("x"), e.rsplit(), e.splitlines(), e.partition("x"), e.find(""), e.rfind(""), e.count(""))
print(e.startswith(""), e.endswith(""), e.isdigit(), e.isalpha(), e.isspace(), e.islower(), repr(e.join([])), repr(e.replace("", "x")), repr(e.center(2)), repr(e.zfill(2)))
print(repr("abc".replace("", "")), repr("abc".strip("")), "abc".find(""), "abc".rfind(""), "abc".count(""), "abc".index(""), "abc"[3:], repr("a"[5:]))
