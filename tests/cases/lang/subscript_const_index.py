# Subscripts with a small constant index (one instruction) on every kind
# of container, negative indexes, misses and errors, and __getitem__.


def first_last(x):
    try:
        return x[0], x[-1], x[1]
    except Exception as e:
        return type(e).__name__


class G:
    def __getitem__(self, i):
        return ("got", i)


class L(list):
    def __getitem__(self, i):
        return "sub" + str(i)


for c in ([1, 2, 3], (4, 5, 6), "xyz", b"abc", bytearray(b"pq"), range(10, 20),
          {0: "zero", 1: "one", -1: "minus"}, {0: "only"}, [7], (), [], "", G(),
          L([1, 2]), 5, None, {"a": 1}, memoryview(b"mv")):
    print(type(c).__name__, first_last(c))

t = (1, 2)
print(t[-2], t[1])
try:
    print(t[2])
except IndexError as e:
    print("IndexError", e)
try:
    print([0][-2])
except IndexError as e:
    print("IndexError", e)
d = {127: "max", -128: "min"}
print(d[127], d[-128])
