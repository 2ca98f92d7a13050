# class definition, instance/class attributes, methods, attribute shadowing
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, type(p).__name__, Point.__name__)
print(p.move(1, 1).move(1, 1).x, p.y)
q = Point(0, 0)
q.dims = 3
print(q.dims, p.dims, Point.dims)
Point.dims = 4
print(q.dims, p.dims)
del q.dims
print(q.dims)
p.extra = "dyn"
print(p.extra, hasattr(q, "extra"))
m = p.norm2
print(m(), Point.norm2(p))
class Empty: pass
e = Empty()
e.a = 1
print(e.a, isinstance(e, Empty), isinstance(e, object), isinstance(Empty, type))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(a.items, b.items is a.items)
try:
    p.missing
except AttributeError:
    print("AttributeError")
