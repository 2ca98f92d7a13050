# pycopy-exp: CPython restarts a lookup forever when __eq__ rebuilds the dict every time; Pycopy gives up with RuntimeError
class Rebuild:
    def __init__(self, d):
        self.d = d
        self.calls = 0

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.calls += 1
        # Clearing and refilling makes a new table: the lookup must restart.
        items = list(self.d.items())
        self.d.clear()
        self.d.update(items)
        return False


d = {}
r = Rebuild(d)
d[r] = "r"
try:
    d.get(Rebuild(d))
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)
print(r.calls > 10, len(d), d[r])


# A lookup that restarts a few times and then finds its key. (CPython 3.11
# prints "seven 2" here: its cleared-and-refilled table reuses the freed
# keys block's address, so it does not notice the rebuild.)
class Flaky:
    def __init__(self, d, n):
        self.d = d
        self.n = n
        self.left = 3

    def __hash__(self):
        return 2

    def __eq__(self, other):
        if self.left:
            self.left -= 1
            items = list(self.d.items())
            self.d.clear()
            self.d.update(items)
        return isinstance(other, Flaky) and other.n == self.n


d = {}
f = Flaky(d, 7)
d[f] = "seven"
print(d[Flaky(d, 7)], f.left)
