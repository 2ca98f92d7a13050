# title() and capitalize() with digits, apostrophes and mixed case
for s in ("hello", "HELLO", "hello world", "1st place", "a-b c_d", "x", "", "ALL CAPS here", "mIxEd"):
    print(repr(s), s.title(), s.capitalize(), s.swapcase(), s.lower().islower(), s.upper().isupper())
