# TypeError for wrong argument counts and names in calls
def f(a, b=1):
    return a + b
for args, kw in (((), {}), ((1, 2, 3), {}), ((1,), {"c": 2}), ((1,), {"a": 2}), ((), {"b": 1})):
    try:
        print(f(*args, **kw))
    except TypeError:
        print("TypeError", args, kw)
print(f(1), f(1, 2), f(b=3, a=4))
def g():
    return "g"
try:
    g(1)
except TypeError:
    print("TypeError g")
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError:
    print("TypeError m")
try:
    C().m(1, 2)
except TypeError:
    print("TypeError m2")
try:
    C.m(1)
except TypeError:
    print("TypeError unbound")
print(C.m(None, 5), C().m(x=6))
try:
    (lambda: 1)(2)
except TypeError:
    print("TypeError lambda")
try:
    n = 5
    n()
except TypeError:
    print("TypeError not callable")
