# super() in classmethods, in methods with args, and calling overridden dunders
class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + " created"
    def __repr__(self):
        return "Base()"
    def add(self, a, b=1):
        return a + b
class Child(Base):
    @classmethod
    def create(cls):
        return "child: " + super().create()
    def __repr__(self):
        return "Child<" + super().__repr__() + ">"
    def add(self, a, b=2):
        return super().add(a, b) * 10
print(Child.create(), repr(Child()), Child().add(1), Child().add(1, b=5))
class ListLike(list):
    def append(self, x):
        super().append(x * 2)
l = ListLike()
l.append(1); l.append(5)
print(l, len(l))
class DictLike(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
d = DictLike()
d["a"] = 1
print(d, d["A"])
