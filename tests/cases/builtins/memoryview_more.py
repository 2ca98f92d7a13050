# memoryview of bytes and bytearray: len, iteration, comparisons, nested slicing, bytearray conversion
ba = bytearray(b"0123456789")
m = memoryview(ba)
s = m[2:8][1:4]
print(len(s), bytes(s), list(s), bytearray(s))
s[0] = ord("X")
print(ba, m[3], s[0])
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"abc") == b"abd", bytes(memoryview(b"")), len(memoryview(bytearray(5))))
t = memoryview(ba)[-3:]
t[:] = b"xyz"
print(ba)
try:
    t[:] = b"toolong"
except ValueError:
    print("ValueError size mismatch")
