# MemoryError raised and caught many times in a loop leaves the interpreter usable
caught = 0
for i in range(200):
    try:
        x = bytearray(2**62)
    except (MemoryError, OverflowError):
        caught += 1
    try:
        y = [None] * (2**62)
    except (MemoryError, OverflowError):
        caught += 1
print(caught)
keep = [[i] * 10 for i in range(1000)]
print(len(keep), sum(map(sum, keep)))
