# Identity hashes and id() stay the same for an object's whole life, also
# when a collection moves it (-X gc=compact): instances, classes and
# functions as dict keys and set members across gc.collect().
import gc


class A:
    pass


def f():
    pass


junk = [A() for i in range(2000)]
keys = [A() for i in range(60)] + [A, f, len]
d = {k: i for i, k in enumerate(keys)}
s = set(keys)
hashes = [hash(k) for k in keys]
ids = [id(k) for k in keys]
junk = None
for round in range(3):
    gc.collect()
    more = [A() for i in range(500)]
    print(
        [hash(k) for k in keys] == hashes,
        [id(k) for k in keys] == ids,
        all(d[k] == i for i, k in enumerate(keys)),
        all(k in s for k in keys),
    )
    more = None
print(len(set(ids)) == len(ids), len(d), len(s))
