# str.format: auto/manual numbering, **dict, repeated fields, nested width, numbers with fill/align/sign
d = {"name": "Ann", "age": 7}
print("{name} is {age}".format(**d), "{0}{1}{0}".format("x", "y"), "{}|{}".format(*"ab"), "{:{}}|".format("p", 4))
print("{:<08}|{:>08}|{:^08}".format(12, 12, 12), "{:+08.2f}".format(3.14159), "{:x<5d}".format(7), "{:#010b}".format(5))
print("{:e}".format(0.000123456), "{:.0e}".format(12345), "{:g}".format(123456789), "{:g}".format(0.00001234), "{:.2g}".format(0.000012345))
print("{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{:10.3}|".format(2.0), "{}".format(1e16), "{}".format(1.5e-7))
print("{:,.2f}".format(1234567.891), "{:_b}".format(255), "{:,}".format(-987654321), "{:>+10,}".format(1000))
print("{!r:>10}".format("q"), "{0!r}{0!s}".format("w"), "{:%}".format(1), "{:.0%}".format(0.505))
print("{:.2f} {:.2f} {:.1f} {:.1f} {:.0f} {:.0f}".format(2.675, 1.005, 0.25, 0.35, 0.5, 1.5))
try:
    "{} {1}".format(1, 2)
except ValueError:
    print("ValueError mixing")
try:
    "{:s}".format(5)
except ValueError:
    print("ValueError s for int")
