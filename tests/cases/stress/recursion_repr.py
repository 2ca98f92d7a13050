# a __repr__/__str__ that recurses forever is caught, also when invoked from print and containers
class R:
    def __repr__(self):
        return "R(" + repr(self) + ")"
class S:
    def __str__(self):
        return str(self)
for action in (lambda: repr(R()), lambda: str([R()]), lambda: "%r" % (R(),), lambda: str(S()), lambda: "{}".format(S()), lambda: print(R())):
    try:
        action()
        print("no error")
    except RuntimeError:
        print("caught")
print("alive")
