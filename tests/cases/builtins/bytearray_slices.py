# bytearray slice assignment (grow/shrink), deletion, extend from iterables, aliasing via memoryview
ba = bytearray(b"0123456789")
ba[2:4] = b"AB"
ba[5:6] = b""
ba[:0] = b">"
ba[len(ba):] = bytearray(b"<")
print(ba)
ba[1:4] = [120, 121]
print(ba)
del ba[::3]
print(ba, len(ba))
ba.extend(range(97, 100))
ba.extend(iter([100]))
ba.extend((101,))
print(ba)
ba[::2] = b"." * len(ba[::2])
print(ba)
try:
    ba[0:2] = 5
except TypeError:
    print("TypeError")
try:
    ba.extend([300])
except ValueError:
    print("ValueError")
m = memoryview(ba)
ba[0] = 33
print(m[0], bytes(m[:3]))
