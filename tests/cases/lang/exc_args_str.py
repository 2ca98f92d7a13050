# exception args and str() for exceptions we construct ourselves
for e in (Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None),
          ValueError([1, 2]), KeyError(), IndexError("i"), RuntimeError("r", 1, 2.5)):
    print(type(e).__name__, e.args, str(e), len(e.args))
e = ValueError("x")
print(e.args[0], isinstance(e.args, tuple))
def f():
    raise NotImplementedError("todo")
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, str(e))
try:
    raise StopIteration(42)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    raise StopIteration
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(str(Exception("")), repr(str(Exception())), Exception("é").args[0])
