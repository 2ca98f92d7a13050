# nested function definitions, functions returning functions, recursion of inner functions
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(10))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def step(args):
        if len(args) == n:
            return f(*args)
        return lambda x: step(args + [x])
    return step([])
print(curry(lambda a, b, c: a * 100 + b * 10 + c, 3)(1)(2)(3))
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return counter, reset
c, r = make_counter()
c(); c()
print(c())
r()
print(c())
