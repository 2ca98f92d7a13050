# the for statement calls iter() once and next() until StopIteration; iterators over modified dicts error
class Noisy:
    def __init__(self): self.log = []
    def __iter__(self):
        self.log.append("iter")
        self.i = 0
        return self
    def __next__(self):
        self.log.append("next")
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
n = Noisy()
for x in n:
    pass
print(n.log)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError:
    print("RuntimeError dict changed size")
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError:
    print("RuntimeError set changed size")
