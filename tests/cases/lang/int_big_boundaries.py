# int arithmetic crossing 30/31/32/48/62/63/64-bit boundaries
for n in (30, 31, 32, 47, 48, 49, 61, 62, 63, 64, 65, 127, 128):
    v = 2 ** n
    print(n, v - 1, v, v + 1, -v, -v - 1)
    print(v * 2, v // 3, v % 1000, (v - 1) * (v + 1) == v * v - 1)
x = 1
for i in range(70):
    x = x * 2 + 1
print(x, x.bit_length())
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1)
print(0xffffffffffffffff * 0xffffffffffffffff)
print(2**64 - 2**64, (2**64 + 5) - 2**64, type(2**64 - 2**64).__name__)
print(9223372036854775807 * -1, -9223372036854775808 * -1)
print(4611686018427387904 + 4611686018427387904)
print(140737488355328 * 2, 281474976710655 + 1, -140737488355329 * 2)
