# string literals: quotes, escapes, raw, triple-quoted, concatenation, unicode
print('single', "double", '''triple
line''', """x"y'z""")
print("tab\there", "nl\\n", 'q\'q', "q\"q", "\x41\x42", "\u00e9\U0001F600", "\101\60")
print(r"raw\n\t", r'\x41', R"\\", len(r"\n"), len("\n"))
print("con" "cat" 'ena' """tion""", ("a"
      "b"))
print(repr("\n\t\r\\'"), repr('"'), repr("'"), repr("'\""), repr("\x00\x7f"))
print(repr("é"), repr("日本"), len("日本語"), len("\U0001F600"), "日本語"[1])
print("" == '', "a" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" + "cd")
s = "line1\
line2"
print(s)
print("\a\b\f\v" == "\x07\x08\x0c\x0b")
print(u"unicode prefix", type(u"").__name__)
