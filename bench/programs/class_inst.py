# Class instantiation: objects with __init__ and 2-3 attributes, including one
# subclass whose __init__ calls super().__init__().


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price


class Special(Item):
    def __init__(self, name, qty, price, tag):
        super().__init__(name, qty, price)
        self.tag = tag


def main():
    total = 0
    keep = []
    for i in range(600_000):
        v = Vec(i, i + 1)
        it = Item("x", i & 15, v.y)
        total += it.qty + v.x - it.price
        if i % 4 == 0:
            sp = Special("y", 1, 2, i)
            total += sp.tag & 3
            if i % 1000 == 0:
                keep.append(sp)
    return total, len(keep)


print("class_inst", *main())
