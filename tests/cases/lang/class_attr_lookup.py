# attribute lookup order: instance dict, class, bases; shadowing and deleting restores lookup
class Base:
    a = "base a"
    b = "base b"
    def m(self):
        return "base m"
class Mid(Base):
    b = "mid b"
class Leaf(Mid):
    pass
o = Leaf()
print(o.a, o.b, o.m())
o.a = "instance a"
print(o.a, Leaf.a)
del o.a
print(o.a)
Mid.a = "mid a"
print(o.a)
del Mid.a
print(o.a)
o.m = lambda: "instance callable"
print(o.m(), Leaf().m())
Base.new = "added later"
print(o.new)
