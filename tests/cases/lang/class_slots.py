# __slots__ restricts instance attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError:
    print("AttributeError")
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError:
    print("AttributeError unset")
q.a = [1]
print(q.a)
