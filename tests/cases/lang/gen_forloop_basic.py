# for loops over generators: values, break and resume, shared generators, else, return values
def count(n):
    i = 0
    while i < n:
        got = yield i
        print("  got", got)
        i += 1
    return "done"

for x in count(3):
    print("x", x)

g = count(5)
for x in g:
    if x == 1:
        break
print("after break", next(g))
for x in g:
    print("rest", x)
print(list(g), next(g, "exhausted"))

# two loops pulling from the same generator
def letters():
    for c in "abcdefg":
        yield c
g = letters()
for a in g:
    for b in g:
        print(a + b)
        break

# for-else, empty generator, generator created in the loop header
def empty():
    return
    yield
for x in empty():
    print("never")
else:
    print("else ran")
for x in (i * i for i in range(4)):
    print("sq", x)
else:
    print("else after", x)

# loop variable is a subscript / attribute target
class Box:
    pass
b = Box()
d = {}
for b.v in count(2):
    d[b.v] = b.v * 10
print(sorted(d.items()))

# the same generator function used by for, list and sum
def tri(n):
    for i in range(n):
        yield i * (i + 1) // 2
print(list(tri(6)), sum(tri(6)), max(tri(6)))
tot = 0
for t in tri(6):
    tot += t
print(tot)

# a generator yielding from within try/finally, loop broken then finished by next
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
g = guarded()
for x in g:
    print("guarded", x)
    break
print(next(g))
print(next(g, "end"))

# nested generators: each for loop resumes a generator frame
def chain(n):
    if n == 0:
        yield 0
        return
    for x in chain(n - 1):
        yield x + 1
print(list(chain(50)), sum(x for x in chain(300)))
for x in chain(400):
    print("deep", x)
