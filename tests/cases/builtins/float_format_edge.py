# float formatting boundaries between fixed and exponent notation in repr/str/%g/{}
for v in (1e15, 1e16, 1e17, 123456789012345.6, 1234567890123456.7, 1e-4, 1e-5, 0.00009999, 9.999999e-5):
    print(repr(v), "%g" % v, "{}".format(v), "{:g}".format(v), "%s" % v)
print("%.10g" % (1 / 3), "%.17g" % 0.1, "%.1g" % 0.05, "%g" % 1e-4, "%g" % 123456, "%g" % 1234567)
