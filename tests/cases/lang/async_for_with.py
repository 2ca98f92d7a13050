# async for and async with with user-defined async iterators and context managers
class Tick:
    def __await__(self):
        yield "tick"
class AIter:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return self.suppress
async def main():
    out = []
    async for v in AIter(3):
        out.append(v)
    else:
        out.append("else")
    async with ACM("a") as name:
        out.append(name)
    async with ACM("s", True):
        raise ValueError
    try:
        async with ACM("p"):
            raise KeyError
    except KeyError:
        out.append("propagated")
    async for v in AIter(5):
        if v == 2:
            break
    out.append(v)
    return out
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value
print(run(main()))
