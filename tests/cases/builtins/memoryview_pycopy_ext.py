# pycopy-exp: memoryview(buf, offset, size), memoryview(str) and .init() are Pycopy extensions that CPython lacks
buf = bytearray(b"abcdefgh")
m = memoryview(buf, 2, 3)
print(len(m), bytes(m))
m[0] = 67
print(buf)
m.init(b"xyz")
print(len(m), bytes(m))
m.init(buf, 5, 2)
print(bytes(m))
m[1] = 71
print(buf)
print(bytes(memoryview("abc")))
