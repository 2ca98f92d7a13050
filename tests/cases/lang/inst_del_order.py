# Deleting instance attributes: the others keep their values and their
# order, a re-added attribute goes last, and cached stores and loads in
# methods still find every attribute.


class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4

    def get(self):
        return (self.a, self.b, self.c, self.d)

    def put(self, v):
        self.a = v
        self.b = v + 1
        self.c = v + 2
        self.d = v + 3


for victim in "abcd":
    p = P()
    print(p.get())
    delattr(p, victim)
    print(victim, list(p.__dict__.items()))
    try:
        p.get()
    except AttributeError as e:
        print("AttributeError", e)
    setattr(p, victim, 10)
    print(list(p.__dict__.items()), p.get())
    p.put(20)
    print(list(p.__dict__.items()), p.get())

q = P()
del q.b
del q.c
q.e = 5
print(list(q.__dict__.items()))
del q.a, q.d, q.e
print(q.__dict__)
q.put(7)
print(list(q.__dict__.items()))
for i in range(6):
    setattr(q, "x%d" % i, i)
del q.x2
print(list(q.__dict__.items()))
