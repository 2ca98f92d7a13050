# pycopy-exp: Pycopy stream extensions (BytesIO(n) prealloc, write(buf, sz), write(buf, off, sz), readinto(buf, sz), BufferedWriter); growth across collections
import io, gc

# Preallocated streams start empty.
b = io.BytesIO(4)
s = io.StringIO(10)
print(b.getvalue(), repr(s.getvalue()), b.tell())
# Growing far past the preallocation, with collections (which may move the store) in between.
for i in range(200):
    b.write(bytes([65 + i % 26]))
    s.write("é" if i % 2 else "e")
    if i % 50 == 0:
        junk = [bytearray(100) for _ in range(20)]
        gc.collect()
v = b.getvalue()
print(len(v), v[:5], v[-3:], b.tell())
t = s.getvalue()
print(len(t), t[:4], s.tell())
# write(buf, size) and write(buf, off, size).
w = io.BytesIO()
print(w.write(b"abcdef", 3), w.write(b"abcdef", 2, 3), w.write(b"xyz", 1, 10), w.getvalue())
ws = io.StringIO()
print(ws.write("hello", 2), ws.getvalue())
# readinto(buf, size) reads at most size bytes.
r = io.BytesIO(b"0123456789")
buf = bytearray(6)
print(r.readinto(buf, 2), buf, r.tell())
print(r.readinto(memoryview(buf)[3:], 10), buf, r.tell())
# truncate keeps the position; writing past the end pads with zeros.
t = io.BytesIO(b"abcdef")
t.seek(4)
print(t.truncate(2), t.tell(), t.getvalue())
t.write(b"Z")
print(t.getvalue())
# seek whence 1 and 2 clamp at 0.
print(t.seek(-100, 1), t.seek(-100, 2))
# BufferedWriter passes data on when it is full and on flush.
out = io.BytesIO()
bw = io.BufferedWriter(out, 4)
bw.write(b"ab")
print(out.getvalue())
bw.write(b"cde")
print(out.getvalue())
bw.flush()
print(out.getvalue())
print(bw.write(b"0123456789"), out.getvalue())
bw.flush()
print(out.getvalue())
