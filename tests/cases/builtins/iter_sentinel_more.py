# iter(callable, sentinel) stops at the first equal value and never calls again
calls = []
def src():
    calls.append(1)
    return len(calls)
print(list(iter(src, 3)), len(calls))
lines = ["a\n", "b\n", "", "never"]
pos = [0]
def readline():
    v = lines[pos[0]]
    pos[0] += 1
    return v
print(list(iter(readline, "")))
it = iter(lambda: 1, 1)
print(list(it), list(it))
