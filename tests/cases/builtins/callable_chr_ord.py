# callable(), chr() and ord() incl. unicode and range errors
class C:
    def __call__(self): pass
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable("s"), callable(None), callable(D().__init__), callable(int))
print(chr(65), chr(97), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(10)), chr(233), len(chr(0x10FFFF)))
print(ord("A"), ord("é"), ord("日"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
print([ord(c) for c in "héllo"], "".join(chr(i) for i in range(65, 71)), all(ord(chr(i)) == i for i in range(0, 0x3000, 7)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ("", "ab", 65, b"ab"):
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
try:
    chr("a")
except TypeError:
    print("TypeError chr str")
