# function decorators: simple, with args, stacked, returning non-functions
def trace(fn):
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print("called", fn.__name__, a, k, "->", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2); add(3, b=4)
def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@times(3)
def hi(x):
    return "hi " + x
print(hi("bob"))
def tag(t):
    def deco(fn):
        return lambda: "<%s>%s</%s>" % (t, fn(), t)
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g(): pass
print(order)
def const42(f):
    return 42
@const42
def not_a_function_any_more(): pass
print(not_a_function_any_more)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry["two"]())
