# ValueError for right type but bad value: conversions, lookups, unpacking, ranges
cases = ["int('x')", "int('')", "int('1', 99)", "float('x')", "float('')", "complex('x')", "[].index(1)", "(1,).index(2)",
         "'abc'.index('z')", "'abc'.rindex('z')", "[1].remove(2)", "range(1, 2, 0)", "'a'.split('')", "'a'.partition('')",
         "int('1.5')", "bytes([300])", "bytearray([-1])", "chr(-5)", "chr(0x110000)", "list(range(10))[::0]",
         "b'ab'.decode('utf-8') and b'\\xff'.decode('utf-8')", "'é'.encode('ascii')", "1 << -1", "2 >> -3",
         "pow(2, 3, 0)", "int.from_bytes(b'1', 'mid')", "bytes.fromhex('zz')", "min([])", "max(())", "'{'.format()", "'{:d}'.format('a')",
         "int(float('nan'))", "(1).to_bytes(1, 'nope')"]
for c in cases:
    try:
        eval(c)
        print("no error", c)
    except ValueError as e:
        print("ValueError", c)
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError unpack too many")
try:
    a, b, c = [1, 2]
except ValueError:
    print("ValueError unpack too few")
