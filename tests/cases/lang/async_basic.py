# async def / await driven manually with coro.send(None), no event loop
class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return ("resumed", got)
async def child(n):
    r = await Yield("child %d" % n)
    return n * 10, r
async def main():
    a = await child(1)
    b = await child(2)
    return [a, b]
c = main()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("result", e.value)
async def no_await():
    return "immediate"
c = no_await()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def raiser():
    await Yield(0)
    raise ValueError("in coroutine")
c = raiser()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
async def catcher():
    try:
        await Yield("waiting")
    except KeyError as e:
        return "caught " + str(e.args)
c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
c = catcher()
c.close()
print("closed without running")
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value
async def count(n):
    total = 0
    for i in range(n):
        total += (await Yield(i))[0] == "resumed"
    return total
print(run(count(5)))
