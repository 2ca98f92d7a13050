# pycopy-exp: micropython.schedule callbacks run inside a running loop, in order, never nested (no CPython equivalent)
import micropython
order = []
depth = [0]
def cb(arg):
    depth[0] += 1
    order.append((arg, depth[0]))
    if arg == "a":
        # Scheduled from a callback: runs after this one returns, not inside it.
        micropython.schedule(cb, "c")
        for i in range(100):
            pass
    depth[0] -= 1
def starter(_):
    # Queued together (callbacks wait while one runs), then run in order.
    micropython.schedule(cb, "a")
    micropython.schedule(cb, "b")
micropython.schedule(starter, None)
n = 0
while len(order) < 3:
    n += 1
print(order)
# A callback raising propagates into the interrupted code.
def bad(arg):
    raise ValueError(arg)
try:
    micropython.schedule(bad, "boom")
    while True:
        pass
except ValueError as e:
    print("ValueError", e)
# Deep recursion without loops still services callbacks (at calls/returns).
hit = []
def f(k):
    if k == 0 or hit:
        return k
    return f(k - 1)
micropython.schedule(hit.append, 1)
f(50)
print(hit)
