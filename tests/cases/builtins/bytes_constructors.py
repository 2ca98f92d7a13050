# bytes()/bytearray() constructors from ints, iterables, str with encoding, buffers and errors
print(bytes(0), bytes(2), bytes([]), bytes(range(3)), bytes((255,)), bytes(iter([104, 105])), bytes(memoryview(b"mv")))
print(bytearray(b"ab"), bytearray([1]), bytearray(range(2)), bytearray("hé", "utf-8"), bytes("abc", "ascii"))
for bad in (-1, 1.5, None, ["x"], [1000]):
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    bytes("s")
except TypeError:
    print("TypeError str without encoding")
