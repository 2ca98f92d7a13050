# Attribute stores and loads shared by a base class's methods and its
# subclasses' instances (polymorphic cache sites), with class changes
# after instances exist: properties, __setattr__, __slots__, class-level
# defaults.

class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

class Sub(Base):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c

    def total(self):
        return super().total() + self.c

class Sub2(Base):
    pass

def run():
    out = []
    for i in range(4):
        for o in (Base(i, 1), Sub(i, 2, 3), Sub2(i, 5)):
            out.append(o.total())
            o.a = o.a + 10
            out.append(o.a)
    return out

print(run())

# A property added on the subclass after instances were made: stores and
# loads of that name go through it from now on.
def get_a(self):
    return "prop a"

def set_a(self, v):
    object.__setattr__(self, "seen", v)

Sub.a = property(get_a, set_a)
s = Sub(1, 2, 3)
print(s.a, s.seen, s.b)

b = Base(7, 8)
print(b.a, b.total())
del Sub.a
print(Sub(4, 5, 6).a)

# A read-only property on the base: stores fail.
class RO:
    def __init__(self, v):
        self.v = v

print(RO(1).v)
RO.v = property(lambda self: 42)
try:
    RO(2)
except AttributeError as e:
    print("AttributeError")
print(RO.__dict__["v"].fget(None))
del RO.v
print(RO(3).v)

# __setattr__ added later.
class T:
    def __init__(self, x):
        self.x = x

t = T(1)
print(t.x)

def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)

T.__setattr__ = logging_setattr
t2 = T(2)
print(t2.x)
t.x = 9
print(t.x)
del T.__setattr__
T(3)
print("no log")

# Class-level default shadowed by an instance attribute.
class Def:
    count = 0
    kind = "class"

    def __init__(self):
        self.count = self.count + 1

    def bump(self):
        self.count += 1
        return self.count

d = Def()
print(d.count, d.bump(), d.bump(), Def.count, d.kind)
d.kind = "inst"
print(d.kind, Def.kind)
del d.kind
print(d.kind)

# __slots__ on a subclass of a plain class and on a plain class.
class Sl:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

for i in range(3):
    o = Sl(i)
    print(o.x)
    o.y = i * 2
    print(o.y)
    try:
        o.z = 1
    except AttributeError as e:
        print("AttributeError", e)

class SlSub(Base):
    __slots__ = ("q",)

ss = SlSub(1, 2)
ss.q = 3
ss.other = 4
print(ss.total(), ss.q, ss.other)

# Deleting attributes leaves holes that later stores fill.
class H:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

h = H()
del h.a
h.c = 30
h.a = 10
h.d = 4
print(sorted(h.__dict__.items()))
for k in range(3):
    h2 = H()
    del h2.b
    h2.b = k
    print(h2.a, h2.b, h2.c)
