# print(): sep, end, file with a user object, several args, no args, None values
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(1, 2, end="")
print(" <- no newline before")
print(sep="x", end="|\n")
print("x", sep=None, end=None)
print(*range(5), sep=", ")
print("é", "日本", [1, "ü"])
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("to", "file", sep="+", end=";", file=w)
print(42, file=w)
print(file=w)
print(repr("".join(w.parts)))
try:
    print("x", sep=5)
except TypeError:
    print("TypeError sep")
try:
    print("x", end=[])
except TypeError:
    print("TypeError end")
print(None, True, 1.5, b"b", (1,), {"k": None})
