# global and nonlocal names in the same nested structure resolve to the right bindings
x = "g"
def a():
    x = "a"
    def b():
        global x
        x = "set by b"
        def c():
            nonlocal_free = x
            return nonlocal_free
        return c()
    r = b()
    return x, r
print(a(), x)
def counter_factory():
    total = 0
    def inc():
        nonlocal total
        total += 1
        def peek():
            return total
        return peek()
    return inc
inc = counter_factory()
print(inc(), inc(), inc())
