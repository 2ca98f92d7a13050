# subclassing list, dict, int, str, tuple: inherited behaviour plus extra methods
class MyList(list):
    def sum(self): return sum(self)
l = MyList([3, 1, 2])
l.append(4); l.sort()
print(l, l.sum(), len(l), l[1:], type(l[1:]).__name__, isinstance(l, list))
class MyDict(dict):
    def __missing__(self, k): return "missing:" + str(k)
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"), len(d), sorted(d.items()))
class MyInt(int):
    def double(self): return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int), i == 21, hash(i) == hash(21))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey")
print(s, s.shout(), len(s), s[0], s + "x", type(s + "x").__name__, s.startswith("h"))
class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple((5, 6))
print(t, t.first(), len(t), t + (7,), isinstance(t, tuple))
class Attr(list):
    pass
a = Attr()
a.name = "tagged"
a.extend([1, 2])
print(a.name, a)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack()
for x in "abc": st.push(x)
print(st.peek(), st.pop(), st, bool(Stack()))
