# unbounded Python recursion is caught as RuntimeError (RecursionError on CPython) and the interpreter keeps working
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RuntimeError:
    print("caught")
def g(n):
    return g(n + 1)
for i in range(5):
    try:
        g(0)
    except RuntimeError:
        print("caught again", i)
print(sum(range(10)), "still alive")
