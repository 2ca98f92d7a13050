# Heap bytes per element of common data shapes, measured with the gc module:
# gc.collect() and gc.mem_alloc() before and after building N elements that
# are kept alive. Run under pycopy (or MicroPython, which has the same gc
# functions):
#
#     target/release/pycopy -X heapsize=64M bench/memory.py
#
# Each figure includes everything the structure allocates, the container's
# growth slack included (a list built by a comprehension, a dict grown one
# key at a time), divided by N. For the "in a list" rows the list's own slot
# (one word in pycopy) is part of the figure.
import gc

N = 100_000


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def ints(n):
    return [i for i in range(n)]


def floats(n):
    return [i * 0.5 for i in range(n)]


def instances(n):
    return [P(i, i) for i in range(n)]


def int_dict(n):
    d = {}
    for i in range(n):
        d[i] = i
    return d


def int_set(n):
    s = set()
    for i in range(n):
        s.add(i)
    return s


def short_strs(n):
    return [str(i) for i in range(n)]


def tuples(n):
    return [(i, i) for i in range(n)]


def per_element(build, n):
    gc.collect()
    before = gc.mem_alloc()
    keep = build(n)
    gc.collect()
    after = gc.mem_alloc()
    keep = None
    return (after - before) / n


def show(label, build, n):
    b = per_element(build, n)
    print("%-36s %7.1f B" % (label, b))


show("small int in a list", ints, N)
show("float in a list", floats, N)
show("2-attribute instance (in a list)", instances, N)
show("int->int dict entry", int_dict, N)
show("set of ints (per element)", int_set, N)
show("short str (str(i), in a list)", short_strs, N)
show("2-tuple (in a list)", tuples, N)

# A dict's figure depends on where its size falls in the growth cycle (a
# table just grown has the most slack), so show a range of sizes too, and
# their mean. In pycopy an entry is a 16-byte (key, value) pair in
# insertion order plus an index slot of 1-4 bytes at a load of at most 0.8;
# tables grow by a quarter, so between 0 and 25 % of the pairs and slots are
# room for growth (see crates/vm/src/objects/dict.rs).
SIZES = (1_000, 10_000, 50_000, 70_000, 100_000, 130_000, 150_000, 200_000, 300_000)
total = 0
for n in SIZES:
    b = per_element(int_dict, n)
    total += b
    print("%-36s %7.1f B" % ("int->int dict entry, %d keys" % n, b))
print("%-36s %7.1f B" % ("int->int dict entry, mean of above", total / len(SIZES)))
