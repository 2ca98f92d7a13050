# str.format: positional, numbered, named, conversions, alignment, fill, sign, width, precision
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{name}".format(0, name="n"))
print("{!r} {!s}".format("s", "s"), "{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{:*^9}".format("mid"))
print("{:d} {:+d} {: d} {:-d}".format(5, 5, 5, -5), "{:05d} {:+05d} {:=+6d}".format(42, 42, -42))
print("{:x} {:X} {:o} {:b} {:#x} {:#X} {:#o} {:#b}".format(255, 255, 8, 5, 255, 255, 8, 5))
print("{:,} {:_} {:,d} {:_x}".format(1234567, 1234567, -1000, 0xffffffff))
print("{:.3f} {:.0f} {:10.2f}| {:<10.1f}| {:e} {:.2E} {:g} {:G} {:.3g}".format(3.14159, 2.5, 1.005, 2.25, 12345.678, 0.000123, 1e-5, 1e20, 1234.5))
print("{:%} {:.1%} {:f} {:.2f} {:+.1f}".format(0.25, 0.123, 1 / 3, -0.005, 0.05))
print("{:s} {:10s}| {:.2s} {:>10.3s}|".format("str", "pad", "truncate", "abcdef"))
print("{{}} {{{}}}".format(7), "{0}{0}".format("x"), "{:c}".format(65))
print("{:>{w}}|{:.{p}f}".format("r", 1.23456, w=5, p=2), "{:{}{}{}}".format(3, "0", ">", 4))
print("{:f} {:f} {:g} {:e}".format(float("inf"), float("nan"), float("-inf"), 0.0))
print("{:10}|{:<10}|{:>10}|".format(12, 12, "s"), "{:^10.3f}|".format(-1.0), "{:08.3f}".format(-3.14159))
for bad in ("{", "}", "{:d}", "{0}{}", "{1}"):
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, repr(bad))
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
