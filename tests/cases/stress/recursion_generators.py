# infinitely nested generators and coroutines are caught
def g():
    yield from g()
try:
    next(g())
except RuntimeError:
    print("caught yield from")
def h(n):
    for x in h(n + 1):
        yield x
try:
    list(h(0))
except RuntimeError:
    print("caught for-in-generator")
async def co():
    await co()
c = co()
try:
    c.send(None)
except RuntimeError:
    print("caught await")
print("alive")
