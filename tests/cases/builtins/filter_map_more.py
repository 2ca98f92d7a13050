# filter/map laziness and consumption, map with unequal lengths, filter with bool and custom truthiness
log = []
def f(x):
    log.append(x)
    return x % 2
m = filter(f, range(5))
print(log, next(m), log, list(m), log)
print(list(map(lambda *a: a, "ab", "cde")), list(filter(bool, ["", "a", 0, 1])))
class Falsy:
    def __bool__(self): return False
print(len(list(filter(None, [Falsy(), Falsy(), 1]))))
