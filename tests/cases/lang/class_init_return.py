# __init__ must return None: any other value raises TypeError at the call site, also through builtins calling the class
class R:
    def __init__(self, v):
        self.v = v
        if v == "none":
            return None
        if v != "plain":
            return v
for v in [1, 0, "", False, [], "none", "plain"]:
    try:
        r = R(v)
        print("ok", r.v)
    except TypeError as e:
        print("TypeError", e)
class F:
    log = []
    def __init__(self, x):
        try:
            return x
        finally:
            F.log.append(x)
try:
    F(7)
except TypeError as e:
    print("TypeError", e, F.log)
try:
    list(map(R, [None, 3]))
except TypeError as e:
    print("through map:", e)
print(len(list(map(R, ["plain", "none"]))))
class Sub(R):
    pass
try:
    Sub(2.5)
except TypeError as e:
    print("inherited:", e)
class Explicit:
    def __init__(self):
        return 5
try:
    Explicit()
except TypeError:
    print("TypeError")
e = Explicit.__new__(Explicit)
print(e.__init__())
def make():
    return R(())
try:
    make()
except TypeError as e:
    print("nested:", e)
class Guarded:
    def __init__(self):
        try:
            return 3
        except TypeError:
            print("caught inside __init__ (wrong)")
def caller():
    try:
        Guarded()
    except TypeError:
        print("caught in the caller")
caller()
