# errors specific to generators: send to unstarted, throw types, close with yield, exhausted next
def g():
    yield 1
    yield 2
it = g()
try:
    it.send("x")
except TypeError:
    print("TypeError send non-None to just-started generator")
print(next(it))
try:
    it.throw(ValueError("v"))
except ValueError as e:
    print("ValueError propagated", e.args)
try:
    next(it)
except StopIteration:
    print("StopIteration after throw")
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError generator ignored GeneratorExit")
try:
    g().throw(5)
except TypeError:
    print("TypeError throw non-exception")
