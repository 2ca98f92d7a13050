# an exception unwinding 500 frames with handlers that re-raise at each level
def level(n):
    try:
        if n == 0:
            raise ValueError("deep")
        return level(n - 1)
    except ValueError:
        raise
print("start")
try:
    level(500)
except ValueError as e:
    print("caught", e.args)
def wrap(n):
    try:
        if n == 0:
            raise KeyError(0)
        wrap(n - 1)
    except KeyError as e:
        raise KeyError(e.args[0] + 1)
try:
    wrap(300)
except KeyError as e:
    print("wrapped", e.args)
