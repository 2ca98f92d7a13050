# exceptions in loops: many raises and catches, counters, no leaking state
errors = 0
for i in range(1000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        if i % 5 == 0:
            [][i]
    except ValueError:
        errors += 1
    except IndexError:
        errors += 100
print(errors)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, b) for b in (1, 0, 2, 0, 5)])
d = {}
words = "a b a c b a".split()
for w in words:
    try:
        d[w] += 1
    except KeyError:
        d[w] = 1
print(d)
i = 0
while True:
    try:
        i += 1
        if i > 5:
            raise StopIteration
    except StopIteration:
        break
print(i)
