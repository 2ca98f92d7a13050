# str case conversion and classification methods on ASCII text
for s in ("hello World", "", "ABC def", "123abc", "  ", "a1 B2-c3", "mIxEd CaSe"):
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
for s in ("abc", "ABC", "aBc", "123", "12.3", "", " \t\n", "abc123", "abc 123", "Ab", "a_b", "3", "A1!"):
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
print("hello world foo".title(), "they're".title(), "o'neil mc-donald".title())
print("aBC".capitalize(), "123a".capitalize())
