# repr of nested containers with strings containing quotes, floats, bytes and empty containers
print(repr([["a'b", 'c"d'], {"k": (1.5, b"x\x00")}, set(), frozenset(), (), {}, [[]]]))
print(repr({(1, 2): [None, True]}), repr([1e16, 0.1, -0.0]), repr(("single",)), repr([range(3)]))
print(str({"a": "b"}), str(["x"]), str(("y",)))
