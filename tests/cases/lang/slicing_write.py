# slice assignment and deletion on lists incl. extended slices
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = "xy"
print(l)
l[1:3] = []
print(l)
l = list(range(10))
l[::2] = [0] * 5
print(l)
l[::-3] = "ABCD"
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print("ValueError")
l = list(range(10))
del l[::3]
print(l)
del l[1:3]
print(l)
del l[-2:]
print(l)
del l[100:]
print(l)
del l[:]
print(l)
l = [1, 2, 3]
l[5:10] = [9]
print(l)
l[-100:1] = (7, 8)
print(l)
l[1:1] = range(3)
print(l)
a = [1, 2, 3]
a[:] = a
print(a)
a[1:2] = a
print(a)
try:
    l[0:1] = 5
except TypeError:
    print("TypeError")
b = bytearray(b"hello")
b[1:3] = b"EL"
b[4:] = b"OO!"
print(b)
del b[::2]
print(b)
