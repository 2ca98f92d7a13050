def loops(n):
    out = []
    for i in range(n):
        if i == 2:
            continue
        if i == 7:
            break
        out.append(i)
    else:
        out.append("else")
    for i in range(10, 0, -3):
        out.append(i)
    for x in [1, 2, 3]:
        pass
    else:
        out.append("done")
    j = 0
    while j < 5:
        j += 1
        if j == 10:
            break
    else:
        out.append("while-else")
    while True:
        j -= 1
        if j < 2:
            break
    return out, j

print(loops(5))
print(loops(20))
print(loops(0))

def nested():
    res = []
    for i in range(3):
        for j in range(3):
            if j == i:
                break
            res.append((i, j))
        else:
            res.append("inner-else")
    return res

print(nested())

def chained(a, b, c):
    return a < b < c, a < b > c, 1 < a <= 3, a == b == c

print(chained(1, 2, 3), chained(3, 2, 1), chained(2, 2, 2))

def boolops(a, b):
    return a and b, a or b, not a, (a and b) or "x", [i for i in range(6) if i % 2 and i > 1]

print(boolops(0, 5), boolops(3, 0), boolops("", ""))

def unpack(seq):
    a, b, *c = seq
    *d, e = seq
    f, (g, h) = 1, (2, 3)
    a, b = b, a
    return a, b, c, d, e, f, g, h

print(unpack([1, 2, 3, 4]))
print(unpack((5, 6)))

def comps(xs):
    return [x * x for x in xs if x], {x: x + 1 for x in xs}, [(x, y) for x in xs for y in range(x)], sum(x for x in xs)

print(comps([0, 1, 2, 3]))

def walrus(xs):
    if (n := len(xs)) > 2:
        print("long", n)
    ys = [y for x in xs if (y := x * 2) > 2]
    return n, ys, y

print(walrus([1, 2, 3]))
