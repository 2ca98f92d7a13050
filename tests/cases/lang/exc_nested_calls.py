# exceptions propagating through nested function calls, methods and generators
def level3(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 cleanup", x)
for v in (1, -1):
    try:
        print(level1(v))
    except ValueError as e:
        print("caught at top", e)
class Obj:
    def method(self):
        return self.helper()
    def helper(self):
        return {}["missing"]
try:
    Obj().method()
except KeyError as e:
    print("KeyError from method", e.args)
def rec(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        rec(n - 1)
    finally:
        if n % 10 == 0:
            print("unwinding", n)
try:
    rec(30)
except IndexError as e:
    print("caught", e)
def handler_raises():
    try:
        raise ValueError
    except ValueError:
        return int("x")
try:
    handler_raises()
except ValueError:
    print("ValueError from handler")
print(list(map(lambda f: f(), [lambda: 1])))
try:
    list(map(level3, [1, 2, -3]))
except ValueError as e:
    print("through map", e)
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError:
    print("through sorted key")
