# chr/ord roundtrip across planes; surrogate-free ranges; building strings from code points
cps = [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
print(all(ord(chr(c)) == c for c in cps), [len(chr(c).encode()) for c in cps if c not in range(0xD800, 0xE000)])
s = "".join(chr(c) for c in range(0x3041, 0x3051))
print(s, len(s), [ord(c) - 0x3040 for c in s][:5])
