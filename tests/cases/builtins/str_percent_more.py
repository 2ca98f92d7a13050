# % formatting: float rounding, width from *, %r of nested, dict args with repeats, bytes %
print("%.2f %.2f %.1f %.0f %.0f %.3e" % (2.675, 1.005, 0.25, 0.5, 2.5, 12345.6789))
print("%-6s|%6s|%06.2f|%+.1e|%x|%o" % ("ab", "cd", -3.14159, 12345.678, 3054, 511))
print("%(x)s %(x)r %(y)05d" % {"x": "v", "y": 42}, "%s %s" % ([1, "a"], {"k": (1,)}))
print("%r" % "it's", "%r" % 'say "hi"', "%s" % b"bytes", "%c" % "z", "%5c|" % 65, "%%d" % ())
print(b"%5s|%-5s|%d" % (b"ab", b"cd", 7), b"%x %r" % (255, b"q"))
print("%10.4s|" % "abcdefgh", "%.0s|" % "gone", "%i %u" % (3, 4) if False else "%i" % 3)
