# generator send, throw and close: values, handled throws, GeneratorExit, finally
def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError as e:
            received.append("caught " + str(e))
            continue
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(g.send(None))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)
g = echo()
try:
    g.send(1)
except TypeError:
    print("TypeError non-None send to new generator")
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = with_finally()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = catch_exit(); next(g); g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close(); next(g)
try:
    g.close()
except RuntimeError:
    print("RuntimeError yield after close")
def unhandled():
    yield 1
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw propagated", e.args)
g = unhandled()
try:
    g.throw(IndexError)
except IndexError:
    print("throw into unstarted generator propagates")
print(list(g))
g = unhandled(); g.close(); print(list(g))
