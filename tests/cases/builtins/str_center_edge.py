# center/ljust/rjust parity rules and fill characters
for w in range(0, 9):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("x".ljust(w, "-")), repr("x".rjust(w, "+")))
