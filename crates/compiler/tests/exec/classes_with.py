class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x

    def describe(self):
        return "Base(%s)" % self.x

    def total(self, k=0):
        return self.x + k


class Child(Base):
    kind = "child"

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return "Child:" + super().describe() + " y=%s" % self.y

    def cls_name(self):
        return __class__.__name__


c = Child(1, 2)
print(c.describe(), c.kind, c.total(), c.total(k=10), c.cls_name(), type(c).__name__)


class Private:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal())


def make(n):
    class Local:
        size = n

        def get(self):
            return n * 2

    return Local


L = make(5)
print(L.size, L().get())


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, e, tb):
        print("exit", self.name, t is not None)
        return self.swallow


def with_paths():
    with CM("a") as v:
        print("body", v)
    with CM("b", True):
        raise ValueError("swallowed")
    try:
        with CM("c"):
            raise KeyError("kept")
    except KeyError:
        print("propagated")
    for i in range(3):
        with CM("loop%s" % i):
            if i == 1:
                continue
            if i == 2:
                break
    with CM("x") as x, CM("y") as y:
        return x + y


print(with_paths())


class Counter:
    count = 0

    def bump(self):
        Counter.count = Counter.count + 1
        return Counter.count


k = Counter()
k.bump()
print(k.bump())
