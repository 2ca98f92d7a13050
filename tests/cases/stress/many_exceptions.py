# raising and catching many exceptions, incl. user classes and deep handlers
class E(Exception):
    pass
count = 0
for i in range(50000):
    try:
        if i % 2:
            raise E(i)
        else:
            raise ValueError
    except E as e:
        count += e.args[0] % 3
    except ValueError:
        count += 1
print(count)
def thrower(n):
    if n % 7 == 0:
        raise KeyError(n)
    return n
ok = errs = 0
for i in range(20000):
    try:
        ok += thrower(i)
    except KeyError:
        errs += 1
print(ok, errs)
