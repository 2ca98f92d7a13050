# Streams written in Python (io.IOBase subclasses) used by print(file=...)
import io

class Upper(io.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print("hello", 42, sep="-", end="!\n", file=u)
print("second", file=u)
print(repr(''.join(u.parts)))
s = io.StringIO()
print("to", "stringio", file=s)
print(1.5, file=s, end="")
print(repr(s.getvalue()))
b = io.BytesIO(b"abcdef")
buf = bytearray(6)
print(b.readinto(buf), buf)
