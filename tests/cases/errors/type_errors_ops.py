# TypeError for operators on unsupported type combinations
cases = ["1 + 'a'", "'a' + 1", "[1] + (1,)", "{} + {}", "None + 1", "1 - 'a'", "'a' * 'b'", "[] * []", "'a' - 'a'",
         "1 / 'a'", "1 // None", "'%d' % 'x'", "-'a'", "~1.5", "~'a'", "+[]", "1 & 1.0", "1.5 | 2", "1 << 1.0",
         "[] < 1", "{} < {}", "None < None", "1 < 'a'", "(1,) < [1]", "{1} < [1]", "1j < 2j", "abs('a')",
         "len(5)", "n[0]", "n()", "s[1.0]", "l[None]", "{}[[]]", "hash([])", "iter(5)",
         "next(5)", "b'a' + 'a'", "'a' in 5", "1 in 'abc'", "3 in [1] + 2", "divmod('a', 1)", "round('a')", "sorted(5)",
         "sum(5)", "max(5)", "int([])", "float({})", "list(5)", "dict(5)", "set(5)", "str.upper(5)", "chr('a')", "ord(5)"]
for c in cases:
    try:
        eval(c, {"n": 5, "s": "abc", "l": [1]})
        print("no error", c)
    except TypeError:
        print("TypeError", c)
