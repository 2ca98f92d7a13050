# One `super().m()` call site answered from its inline cache: the entry
# must match both the class the method was defined in (its `__class__`)
# and the type of `self`, and follow class changes.


class Base:
    def who(self):
        return "Base"

    def tag(self):
        return "base-tag"


def make(parent, label):
    # Every class made here shares the code of `who`, with a different
    # `__class__` cell: one call site, several start classes.
    class Made(parent):
        def who(self):
            return label + ">" + super().who()

    return Made


A = make(Base, "A")
B = make(A, "B")
C = make(B, "C")
for _ in range(2):
    print(A().who(), B().who(), C().who())


# One site, several types of self (subclasses that do not override).
class Mid(Base):
    def who(self):
        return "Mid>" + super().who()


class Leaf1(Mid):
    pass


class Leaf2(Mid):
    def tag(self):
        return "leaf2-tag"


class Leaf3(Mid):
    pass


objs = [Mid(), Leaf1(), Leaf2(), Leaf3()]
for _ in range(2):
    print([o.who() for o in objs])

# A class between Leaf3 and Mid in a new subclass's MRO changes what
# super() in Mid finds for that subclass only.
class Other(Base):
    def who(self):
        return "Other>" + super().who()


class Diamond(Mid, Other):
    pass


print(Diamond().who(), Leaf1().who())

# Replacing the base method after the site cached it.
Base.who = lambda self: "Base2"
print([o.who() for o in objs], Diamond().who())
del Base.who
try:
    Mid().who()
except AttributeError as e:
    print("AttributeError", e)
Base.who = lambda self: "Base3"
print(Mid().who())


# super() reaching a non-function attribute, then a function.
class Holder(Base):
    pass


class User(Holder):
    def tag(self):
        return "user>" + super().tag()


u = User()
print(u.tag())
Holder.tag = staticmethod(lambda: "static-tag")
print(u.tag())
Holder.tag = lambda self: "holder-tag"
print(u.tag())
del Holder.tag
print(u.tag())


# super() with an instance attribute of the same name: super ignores it.
class Shadow(Base):
    def tag(self):
        return "shadow>" + super().tag()


s = Shadow()
s.tag_copy = s.tag()
s.__dict__["tag"] = "instance value"
print(s.tag_copy, Shadow.tag(s))


# super() in a classmethod at a site that also sees instances' calls.
class K(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)

    def who(self):
        return "K>" + super().who()


k = K.make()
for _ in range(2):
    print(type(k).__name__, k.who(), K.make().who())
