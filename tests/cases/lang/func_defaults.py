# default arguments: evaluated once at def time, mutable default sharing
x = 10
def f(a, b=x, c=x * 2):
    return a, b, c
x = 99
print(f(1), f(1, 2), f(1, c=3), f(a=0))
def append(v, l=[]):
    l.append(v)
    return l
print(append(1), append(2), append(3, []), append(4))
r1 = append(5)
print(r1 is append(6))
def safe(v, l=None):
    if l is None:
        l = []
    l.append(v)
    return l
print(safe(1), safe(2))
calls = []
def mk(v):
    calls.append(v)
    return v
def g(a=mk(1), b=mk(2)):
    return a + b
print(calls, g(), g(10), calls)
def h(d={}):
    d[len(d)] = 1
    return len(d)
print(h(), h(), h({}), h())
