# properties are inherited and can be overridden; property reading other properties
class Shape:
    def __init__(self, w, h): self.w, self.h = w, h
    @property
    def area(self): return self.w * self.h
    @property
    def desc(self): return "%s with area %s" % (type(self).__name__, self.area)
class Square(Shape):
    def __init__(self, s): super().__init__(s, s)
class Tri(Shape):
    @property
    def area(self): return self.w * self.h / 2
print(Shape(2, 3).desc, Square(4).desc, Tri(3, 4).desc)
