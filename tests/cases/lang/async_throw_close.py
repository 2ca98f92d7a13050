# exceptions thrown into and raised through chains of awaiting coroutines; close() and finally
class Suspend:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        try:
            got = yield self.tag
        except KeyError as e:
            print("innermost caught", e.args)
            got = "recovered"
        return got
async def leaf(tag):
    return await Suspend(tag)
async def middle():
    try:
        r = await leaf("m")
        print("middle got", r)
        await leaf("again")
    except ValueError as e:
        print("middle caught", e.args)
        return "middle done"
    finally:
        print("middle finally")
async def top():
    r = await middle()
    return "top:" + r
c = top()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("stop", e.value)
# a thrown exception nobody catches propagates out of throw()
c = top()
c.send(None)
try:
    c.throw(TypeError("t"))
except TypeError as e:
    print("escaped", e.args)
try:
    c.send(None)
except RuntimeError:
    print("RuntimeError: finished coroutine")
# close() of a suspended chain runs every finally
async def guarded(name, inner):
    try:
        if inner is None:
            await Suspend(name)
        else:
            await inner
    finally:
        print("finally", name)
c = guarded("outer", guarded("inner", None))
print(c.send(None))
c.close()
c.close()
# an exception class (not an instance) thrown in
c = top()
c.send(None)
print(c.throw(KeyError))
c.close()
# awaiting the same coroutine twice
async def value():
    return 5
async def twice():
    v = value()
    a = await v
    try:
        await v
    except RuntimeError:
        print("RuntimeError: reuse")
    return a
try:
    twice().send(None)
except StopIteration as e:
    print("twice", e.value)
# StopIteration raised inside a coroutine becomes RuntimeError
async def stopper():
    raise StopIteration(1)
try:
    stopper().send(None)
except RuntimeError:
    print("RuntimeError: StopIteration in coroutine")
# a coroutine that catches GeneratorExit and awaits again
async def stubborn():
    try:
        await Suspend("s")
    except GeneratorExit:
        await Suspend("again")
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError:
    print("RuntimeError: ignored GeneratorExit")
