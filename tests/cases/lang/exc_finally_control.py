# finally overriding return, break, continue; return in try with finally
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(f4())
def f5():
    x = []
    for i in range(3):
        try:
            x.append(i)
            return x
        finally:
            x.append("f")
print(f5())
def f6():
    r = 0
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
        except ValueError:
            continue
        finally:
            r += 1
    return r
print(f6())
def f7():
    l = ["start"]
    try:
        return l
    finally:
        l.append("mutated in finally")
print(f7())
def f8():
    try:
        try:
            return 1
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return "caught " + str(e)
print(f8())
def f9(n):
    while True:
        try:
            n -= 1
            if n < 0:
                return "done"
        finally:
            if n == 2:
                print("at two")
print(f9(4))
