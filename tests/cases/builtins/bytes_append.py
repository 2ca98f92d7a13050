# bytes +=: long appends stay fast and appended bytes behave like any other bytes (aliases, branches, keys, views)
b = b""
for i in range(60000):
    b += b"ab"
print(len(b), b[:4], b[-4:], b == b"ab" * 60000, hash(b) == hash(b"ab" * 60000))
a = b
b += b"!"
print(len(a), len(b), a[-2:], b[-2:])
base = b"z" * 200
t1 = base + b"1" * 5
t2 = base + b"2" * 5
t3 = t1 + b"x"
t4 = t1 + b"y"
print(t1[-6:], t2[-6:], t3[-3:], t4[-3:], len(base), t1 != t2)
d = {t1: 1, t2: 2}
print(d[b"z" * 200 + b"11111"], d.get(b"z" * 200 + b"22222"), t3 in {t3, t4})
# other buffer objects on the right, and the result's own text
c = b"c" * 130
c += bytearray(b"BA")
c += memoryview(b"mv-data")[:2]
c += c
print(len(c), c[128:141], type(c).__name__)
ba = bytearray(b"q" * 130)
ba2 = ba + b"tail"
print(type(ba2).__name__, len(ba2), ba2[-4:], len(ba))
# methods, slicing, iteration and views of appended bytes
s = b""
for i in range(100):
    s += b"%d," % i
print(s[:10], s.count(b","), s.split(b",")[97:], s.find(b"50,"), s.upper()[:4], s[::60])
print(s.decode()[-6:], list(s[:3]), bytes(reversed(s[-4:])), s.hex()[:8], s.startswith(b"0,1,"))
m = memoryview(s)
print(m[0], bytes(m[-4:]), len(m), m.readonly)
print(s.replace(b",", b";")[-4:], bytearray(s)[-3:], b"-".join([s[:4], s[-4:]]))
