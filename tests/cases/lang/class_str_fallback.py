# str() falls back to __repr__; repr does not fall back to __str__; inheritance of both
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
class Child(OnlyRepr):
    def __str__(self):
        return "child str"
print(str(OnlyRepr()), repr(OnlyRepr()), str(Child()), repr(Child()), [Child()], "%s|%r" % (Child(), Child()))
class E(Exception):
    def __str__(self):
        return "custom exception text"
print(str(E("ignored")), E("x").args)
