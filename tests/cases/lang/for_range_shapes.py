# for-range loops in every shape the compiler specialises: bottom-tested
# loop, continue/break/else, empty and negative ranges, targets that are
# not plain locals, rebinding `range`, big-int bounds and step errors.


def basic():
    out = []
    for i in range(5):
        out.append(i)
    for i in range(2, 11, 3):
        out.append(i)
    for i in range(10, 0, -4):
        out.append(i)
    for i in range(0):
        out.append("never")
    for i in range(3, 3):
        out.append("never")
    for i in range(5, 0):
        out.append("never")
    print(out, i)


def control():
    out = []
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    else:
        out.append("else-not-run")
    for i in range(3):
        out.append(i)
    else:
        out.append("else")
    for i in range(0):
        pass
    else:
        out.append("empty-else")
    for i in range(4):
        for j in range(i):
            if j == 2:
                break
            out.append((i, j))
        else:
            out.append(("done", i))
    print(out)


class Box:
    pass


def targets():
    b = Box()
    d = {}
    lst = [0] * 3
    for b.x in range(3):
        pass
    for d["k"] in range(2, 4):
        pass
    for lst[1] in range(7, 9):
        pass
    print(b.x, d, lst)
    try:
        for a, c in range(2):
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        for first, *rest in range(2):
            pass
    except TypeError as e:
        print("TypeError", e)


def closures():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    print([f() for f in fs])
    total = 0

    def add(k):
        nonlocal total
        total += k

    for k in range(1, 5):
        add(k)
    print(total)


def big_bounds():
    out = []
    for i in range(2**60, 2**60 + 3):
        out.append(i - 2**60)
    for i in range(-(2**70), -(2**70) + 2):
        out.append(i + 2**70)
    for i in range(2**47 - 2, 2**47 + 2):
        out.append(i - 2**47)
    for i in range(2**47 - 3, 2**47, 5):
        out.append(i)
    for i in range(-(2**47) + 2, -(2**47) - 3, -3):
        out.append(i)
    print(out)
    try:
        for i in range(1, 10, 0):
            pass
    except ValueError as e:
        print("ValueError", e)
    try:
        for i in range(1.5):
            pass
    except TypeError as e:
        print("TypeError", e)


def rebinding():
    global range
    saved = range

    def range(*a):
        return iter(["x", "y"])

    out = []
    for v in range(3):
        out.append(v)
    for v in range(0):
        out.append(v)
    range = lambda *a: []
    for v in range(5):
        out.append("never")
    else:
        out.append("empty")
    range = saved
    print(out)


def gen_range():
    def g():
        for i in range(4):
            yield i * i

    print(list(g()), sum(i for i in range(101)))


def modify_in_body():
    out = []
    n = 3
    for i in range(n):
        n = 10
        i = 100
        out.append(i)
    print(out, n)


basic()
control()
targets()
closures()
big_bounds()
rebinding()
gen_range()
modify_in_body()
