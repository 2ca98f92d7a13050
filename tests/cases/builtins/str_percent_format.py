# % formatting: %s %r %d %i %x %X %o %e %f %g %c %% with widths, flags, * and dict mapping
print("%s %r %d %i" % ("s", "r", 42, -7), "%x %X %o" % (255, 255, 8), "%%", "%c%c" % (65, "b"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%f %.2f %10.3f| %-10.1f| %e %.3E %g %G" % (3.14159, 2.5, 1.5, 2.25, 12345.678, 0.00012, 1e-5, 1e20))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159), "%#x %#o %#X" % (255, 8, 255))
print("%(a)s-%(b)d" % {"a": "x", "b": 5}, "%(k)r" % {"k": [1]}, "%s" % (("tuple",),), "%s" % [1, 2])
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%x" % -255, "%s" % None, "%r" % 1.5, "%5.1f%%" % 99.5)
print("%s" % "single", "%s %s" % ("a", "b"), "no args" % (), "%d%s" % (1, "x"), "%.3s" % "abcdef")
print("%d" % 2**70, "%x" % 2**70, "%e" % 1e300, "%g" % 123456789, "%g" % 0.0001, "%.0f" % 0.5, "%.0f" % 1.5)
for fmt, args in (("%d", "s"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1234567)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, fmt)
print(b"%s %d %x" % (b"b", 5, 255), b"%c" % 65, b"%%")
