# zfill with signs and formatting of negative numbers with zero padding
for v in ("7", "-7", "+7", "-", "", "abc", "--1", "0"):
    print(repr(v), repr(v.zfill(4)))
print("{:04d} {:+04d} {:04.1f} {:=5d} {:0=5d} {:05}".format(-7, 7, -2.5, -7, -7, -1.5))
