# sequence indices must be ints (or have __index__); slices of wrong types
s = [1, 2, 3]
for idx in ("0", 1.0, None, [0], (0,), 1j):
    try:
        s[idx]
    except TypeError:
        print("TypeError", type(idx).__name__)
class Ix:
    def __index__(self): return 1
print(s[Ix()], "abc"[Ix()], s[Ix():], (9, 8, 7)[Ix()])
for bad in (slice("a", None), slice(None, 1.5)):
    try:
        s[bad]
    except TypeError:
        print("TypeError slice")
