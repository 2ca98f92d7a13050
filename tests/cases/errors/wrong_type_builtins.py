# builtin methods reject wrong argument types with TypeError
cases = [lambda: "a".join("b", "c"), lambda: "abc".startswith(1), lambda: "a".replace(1, "b"), lambda: "abc".split(1),
         lambda: [].extend(5), lambda: {}.update(1), lambda: set().update(1), lambda: "a".center("5"), lambda: "a" * "b",
         lambda: b"a".decode(1), lambda: "x".encode(1), lambda: (1).to_bytes("2", "big"), lambda: int.from_bytes("ab", "big"),
         lambda: sorted([1], key=1), lambda: [].sort(reverse="x") if False else [3, 1].sort(key=5), lambda: "".zfill("3"),
         lambda: dict.fromkeys(5), lambda: list.append(5, 1), lambda: str.upper(5), lambda: "{:d}".format("x") if False else "%d" % "x"]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError:
        print("TypeError")
    except ValueError:
        print("ValueError")
