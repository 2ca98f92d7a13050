# TypeError/ValueError messages of builtin methods and functions given wrong argument types (CPython's wording)
F, S = 1.0, "a"
cases = [
    lambda: "abc".removeprefix(1), lambda: "abc".removesuffix(1), lambda: "abc".replace(1, 1), lambda: "abc".replace("a", 1),
    lambda: b"abc".center(5, 1), lambda: b"a".ljust(3, b"ab"), lambda: bytearray(b"a").rjust(3, "x"), lambda: b"a".center("x"),
    lambda: str.maketrans(), lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 3),
    lambda: "a,b".split(1), lambda: "a,b".rsplit(sep=2), lambda: "abc".encode("utf-8", 1), lambda: b"abc".decode(1),
    lambda: b"abc".decode("utf-8", 1), lambda: str(b"a", 1), lambda: str(b"a", "utf-8", 2), lambda: str([], []),
    lambda: "abc"[F], lambda: "abc"[S], lambda: getattr(1, 2), lambda: setattr(1, 2, 3), lambda: delattr(1, 2), lambda: hasattr(1, 2),
    lambda: dict([1]), lambda: dict([(1,)]), lambda: dict([[1, 2, 3]]), lambda: bytes("a", 1), lambda: bytearray("a", "ascii", 1),
    lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: "abc".count(1), lambda: "abc".find(None),
    lambda: "abc".join([1]), lambda: "abc".partition(1), lambda: "abc".zfill("a"), lambda: "a".startswith(1), lambda: b"a".endswith("a"),
    lambda: map(), lambda: map(len), lambda: filter(1), lambda: enumerate(), lambda: pow(1), lambda: round(), lambda: sum(),
]
for f in cases:
    try:
        print("ok", repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
