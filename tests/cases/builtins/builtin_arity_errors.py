# wrong argument counts of builtin functions and constructors raise TypeError with CPython's wording
names = "abs all any ascii bin bool callable chr classmethod delattr dir divmod enumerate eval filter format getattr globals hasattr hash hex id isinstance issubclass iter len list locals map max min next oct ord pow repr reversed round setattr slice sorted staticmethod sum tuple vars zip".split()
for n in names:
    f = eval(n)
    for k in range(0, 5):
        try:
            f(*([[]] * k))
        except TypeError as e:
            m = str(e)
            if "arg" in m or "takes" in m:
                print(n, k, m)
        except Exception as e:
            pass
for f in [lambda: str(b"a", "utf-8", "strict", 1), lambda: bytes([], 1), lambda: bytearray(b"", "a", "b", "c"),
          lambda: bytes("a", "ascii", 5), lambda: exec(), lambda: exec("1", {}, {}, {}), lambda: super(int, 1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
for f in [lambda: eval([], []), lambda: exec([], []), lambda: eval('1', {}, 5), lambda: exec('1', {}, 5), lambda: eval('1', 5), lambda: exec('1', 5), lambda: eval([], {})]:
    try:
        f()
    except TypeError as e:
        print(e)
