# lots of short-lived objects, cycles and closures exercise the collector within a small heap
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
total = 0
for i in range(20000):
    a = Node(i)
    b = Node(i + 1)
    a.next = b
    b.next = a
    total += a.next.next.v
print(total)
s = 0
for i in range(20000):
    l = [i, [i], {"k": i}, (i, str(i))]
    s += l[1][0] + l[2]["k"] + len(l[3][1])
print(s)
fs = [(lambda k: (lambda: k * 2))(i) for i in range(5000)]
print(sum(f() for f in fs))
acc = ""
for i in range(3000):
    acc = acc + str(i % 10)
print(len(acc), acc[:12])
keep = []
for i in range(30000):
    keep.append(i * 3)
    if len(keep) > 1000:
        keep = keep[500:]
print(len(keep), keep[0], keep[-1])
