# Instance attribute loads and stores in a tight loop (no method calls).


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def main():
    p = Point(1, 2, 3)
    for i in range(3_000_000):
        p.x = p.y + 1
        p.y = p.z + p.x
        p.z = (p.x + i) & 1023
    return p.x, p.y, p.z


print("attr_access", *main())
