# Method call sites that see several receiver types in turn (a polymorphic
# inline cache keeps one entry per type): each call must still find the
# method of its own receiver, and every way of changing the answer
# (instance attribute, class attribute replaced, method added to a
# subclass, new classes past the cache's capacity) must be seen.


class Task:
    def __init__(self, name):
        self.name = name

    def kind(self):
        return "task"

    def run(self):
        return self.step() + "/" + self.kind()

    def step(self):
        return "base"


class Idle(Task):
    def step(self):
        return "idle"


class Worker(Task):
    def step(self):
        return "work"


class Handler(Task):
    def step(self):
        return "handle"


class Device(Task):
    pass


def run_all(tasks):
    # One `t.run()` site and, inside `run`, one `self.step()` site.
    return [t.run() for t in tasks]


tasks = [Idle("i"), Worker("w"), Handler("h"), Device("d")]
for _ in range(3):
    print(run_all(tasks))

# An instance attribute shadows the method for that instance only.
w2 = Worker("w2")
w2.step = lambda: "shadowed"
print(run_all(tasks + [w2]))
del w2.step
print(run_all([w2]))

# Replacing a method on a class is seen at every site.
Handler.step = lambda self: "handle2"
print(run_all(tasks))

# Adding an override to a class that inherited the method.
Device.step = lambda self: "device"
print(run_all(tasks))

# Deleting an override falls back to the base method.
del Idle.step
print(run_all(tasks))


# More receiver types than cache entries at one site (megamorphic).
def make(i):
    return type("K%d" % i, (Task,), {"step": lambda self, i=i: "k%d" % i})


many = [make(i)("x") for i in range(9)]
for _ in range(2):
    print(run_all(many))
print(run_all(tasks + many))


# Builtin receivers and instances at one site.
def show(xs):
    return [x.__class__.__name__ + ":" + str(x.count(1)) for x in xs]


class Countable:
    def count(self, v):
        return 42


for _ in range(2):
    print(show([[1, 1], (1, 2, 1, 1), b"\x01\x01", Countable()]))

# A subclass instance after the base class instance at the same site.
class Sub(Countable):
    pass


class Sub2(Countable):
    def count(self, v):
        return -1


print(show([Countable(), Sub(), Sub2(), Sub(), Countable(), [1]]))
