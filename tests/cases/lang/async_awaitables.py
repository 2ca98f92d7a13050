# await on custom awaitables, protocol errors, async comprehensions, return/break inside async with/for
class Countdown:
    """__await__ returns a hand-written iterator (no generator)."""
    def __init__(self, n): self.n = n
    def __await__(self): return CountIter(self.n)
class CountIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n
class Ready:
    def __await__(self):
        return iter([])
class Bad:
    def __await__(self): return 42
def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value
async def use_countdown():
    r = await Countdown(3)
    return r, await Ready()
print(drive(use_countdown()))
async def await_int():
    await 3
async def await_bad():
    await Bad()
for f in (await_int, await_bad):
    try:
        drive(f())
    except TypeError:
        print("TypeError", f.__name__)
class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    def __anext__(self):
        return Step(self)
class Step:
    """A plain object awaitable returned by a non-async __anext__."""
    def __init__(self, it): self.it = it
    def __await__(self):
        yield "step"
        if self.it.i >= self.it.n:
            raise StopAsyncIteration
        self.it.i += 1
        return self.it.i * 10
async def double(x):
    await Countdown(1)
    return x * 2
async def comprehensions():
    a = [x async for x in AIter(3)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in AIter(2)}
    d = [x async for x in AIter(4) if x > 10]
    return a, b, c, d
print(drive(comprehensions()))
class CM:
    def __init__(self, log): self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        return self
    async def __aexit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None, str(v) if v else None))
        return False
async def ret_inside(log):
    async with CM(log):
        return "returned"
async def break_inside(log):
    async for x in AIter(5):
        async with CM(log):
            if x == 20:
                break
            continue
    return x
async def exc_inside(log):
    try:
        async with CM(log) as cm:
            log.append(cm is not None)
            raise ValueError("boom")
    except ValueError as e:
        log.append("caught " + str(e))
    return len(log)
for f in (ret_inside, break_inside, exc_inside):
    log = []
    print(f.__name__, drive(f(log)), log)
async def not_aiter():
    async for x in 5:
        pass
async def not_acm():
    async with 5:
        pass
for f in (not_aiter, not_acm):
    try:
        drive(f())
    except TypeError:
        print("TypeError", f.__name__)
async def nothing():
    pass
c = nothing()
print(type(c).__name__)
c.close()
