# a tiny round-robin scheduler driving several coroutines with send(None)
class Sleep:
    def __await__(self):
        yield "sleep"
log = []
async def worker(name, n):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await Sleep()
    return name * n
def run(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[e.value] = len(log)
    return results
print(run([worker("a", 3), worker("b", 1), worker("c", 2)]))
print(log)
async def child():
    await Sleep()
    raise ValueError("child failed")
async def parent():
    try:
        await child()
    except ValueError as e:
        return "parent handled " + str(e)
c = parent()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
