# closures capture variables (not values): late binding, shared cells
def make_adder(n):
    def add(x):
        return x + n
    return add
a5, a10 = make_adder(5), make_adder(10)
print(a5(1), a10(1), a5(a10(0)))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def early():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(early())
def shared():
    x = 0
    def get(): return x
    def bump():
        nonlocal x
        x += 1
    return get, bump
get, bump = shared()
bump(); bump()
print(get())
def after():
    def f(): return v
    v = "assigned later"
    return f
print(after()())
def nested():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(nested())
fs = [(lambda x: (lambda: x))(i) for i in range(3)]
print([f() for f in fs])
