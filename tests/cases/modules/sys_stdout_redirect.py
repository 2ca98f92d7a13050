# print() without file= writes to a replaced sys.stdout; sys.__stdout__ keeps the original; repr(sys.implementation)
import sys, io

print(sys.stdout is sys.__stdout__)
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2.5, sep="|")
print([1, "a"], end="!")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
sys.stdout = c
print("to", "python", "stream")
sys.stdout = sys.__stdout__
print(c.parts)
print("name=" in repr(sys.implementation), "name=" in str(sys.implementation))
# Each piece is one write() call, empty ones included.
c = Collect()
print("", "x", end="", file=c)
print(file=c)
print("a", "b", sep="", file=c)
print(c.parts)
