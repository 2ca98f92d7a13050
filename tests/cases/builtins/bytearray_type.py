# bytearray: mutation (item, slice, append, extend, pop, insert, remove), methods, aliasing
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([1, 2])
print(ba, len(ba), ba[0], ba[-1])
ba[1:5] = b"ELLO!!"
print(ba)
del ba[-2:]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("!"))
print(ba)
alias = ba
alias += b"++"
print(ba, alias is ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"abc").upper(), bytearray(b"a,b").split(b","))
ba2 = bytearray(b"xyz")
print(ba2.decode(), ba2.hex(), bytearray.fromhex("0a0b"), ba2.find(b"z"), ba2 == b"xyz", b"xyz" == ba2, ba2 * 2, list(ba2))
ba2.reverse()
print(ba2, ba2.copy(), ba2.count(b"y"), ba2.index(b"y"))
ba2.clear()
print(ba2, len(ba2))
for bad in (256, -1):
    try:
        bytearray(1)[0] = bad
    except ValueError:
        print("ValueError", bad)
try:
    bytearray(b"").pop()
except IndexError:
    print("IndexError")
c = bytearray(b"abc")
d = bytes(c)
c[0] = 0
print(d, c)
