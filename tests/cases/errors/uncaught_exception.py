# expect-exit: 1
# an uncaught exception: stdout before it is kept, the process exits with status 1
print("before")
def f():
    raise ValueError("uncaught")
try:
    f()
except KeyError:
    print("never")
finally:
    print("finally runs before exit")
f()
print("never printed")
