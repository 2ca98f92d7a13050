# memoryview: slicing without copy, writes through, bytes(), len, indexing, read-only sources
buf = bytearray(b"abcdefgh")
m = memoryview(buf)
print(len(m), m[0], m[-1], bytes(m[2:5]), bytes(m), list(m[:3]))
m[0] = 65
sub = m[4:]
sub[0] = 69
sub[1:3] = b"FG"
print(buf)
buf[7] = 72
print(bytes(m[7:]), bytes(sub), len(sub))
print(bytes(memoryview(b"xyz")[1:]), memoryview(b"ab") == b"ab")
try:
    memoryview(b"abc")[0] = 1
except TypeError:
    print("TypeError readonly")
try:
    m[100]
except IndexError:
    print("IndexError")
data = bytearray(range(10))
mv = memoryview(data)
def fill(view, v):
    for i in range(len(view)):
        view[i] = v
fill(mv[2:5], 0xff)
print(list(data))
print(bytes(mv[::2]) if False else bytes(mv[8:]), list(mv[-3:-1]))
