# io.StringIO / io.BytesIO: read, readline, readlines, iteration, write, seek/tell, getvalue, close, with
import io
s = io.StringIO("line1\nline2\nlast")
print(repr(s.read(3)), repr(s.readline()), s.readlines())
s.seek(0)
print([l for l in s])
s = io.StringIO()
print(s.write("héllo"), s.write(" world"))
print(s.getvalue())
s.seek(0)
print(s.read(2), s.read())
b = io.BytesIO(b"0123456789")
print(b.read(4), b.tell(), b.read1(2))
print(b.seek(-3, 2), b.read())
print(b.seek(2), b.seek(3, 1), b.read(2))
b.seek(0, 2)
b.write(b"ab")
print(b.getvalue())
b.seek(14)
b.write(b"Z")
print(b.getvalue())
buf = bytearray(4)
b.seek(1)
print(b.readinto(buf), buf)
with io.BytesIO(b"x\ny\n") as f:
    print(f.readline(), f.readlines())
print(f.closed if hasattr(f, "closed") else True)
try:
    f.read()
except ValueError:
    print("ValueError")
try:
    io.StringIO().write(b"x")
except TypeError:
    print("TypeError")
try:
    io.BytesIO().write("x")
except TypeError:
    print("TypeError")
