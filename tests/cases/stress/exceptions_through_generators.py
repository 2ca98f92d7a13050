# exceptions thrown into and out of nested generators run every finally block in order
log = []
def leaf(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        log.append("leaf finally " + name)
def mid():
    try:
        yield from leaf("a")
        yield from leaf("b")
    finally:
        log.append("mid finally")
def top():
    try:
        yield from mid()
    except ValueError as e:
        log.append("top caught " + str(e))
        yield "recovered"
    finally:
        log.append("top finally")
g = top()
print(next(g), next(g), next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("done")
print(log)
log.clear()
g = top(); next(g); g.close()
print(log)
log.clear()
def raiser():
    try:
        yield 1
        raise KeyError("from gen")
    finally:
        log.append("raiser finally")
def consumer():
    try:
        for x in raiser():
            log.append(x)
    finally:
        log.append("consumer finally")
try:
    consumer()
except KeyError as e:
    print("propagated", e.args)
print(log)
for i in range(1000):
    g = leaf("x")
    next(g)
    g.close()
print(log.count("leaf finally x"))
