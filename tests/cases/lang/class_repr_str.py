# __repr__ and __str__ used by print/str/repr/containers/f-strings/% formatting
class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
class OnlyStr:
    def __str__(self): return "only-str"
print(R(), str(R()), repr(R()), [R()], (R(),), {"k": R()})
print(S(), str(S()), repr(S()), [S()], "%s %r" % (S(), S()), f"{S()} {S()!r} {S()!s}")
print(OnlyStr(), [str(OnlyStr())], "{}".format(S()), "{!r}".format(S()))
class Sub(S):
    def __repr__(self): return "Sub-repr"
print(Sub(), repr(Sub()))
class Nested:
    def __init__(self, items): self.items = items
    def __repr__(self): return "Nested(%r)" % (self.items,)
print(Nested([1, "a", Nested([])]))
print(str(R()) == repr(R()))
