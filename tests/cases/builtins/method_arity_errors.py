# wrong argument counts of builtin types' methods raise TypeError with CPython's wording
skip = {"center", "decode", "fromhex", "ljust", "rjust", "maketrans", "translate", "fromkeys", "from_bytes", "to_bytes", "sort", "removeprefix", "removesuffix", "replace"}
objs = {"str": "abc", "bytes": b"abc", "bytearray": bytearray(b"abc"), "list": [1], "tuple": (1,), "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "int": 5, "float": 1.5}
for tn, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith("_") or name in skip:
            continue
        for n in (0, 1, 2, 3, 4):
            oc = o.copy() if hasattr(o, "copy") else o
            m = getattr(oc, name)
            if not callable(m):
                continue
            try:
                m(*([1] * n))
            except TypeError as e:
                msg = str(e)
                if "argument" in msg or "takes" in msg:
                    print(tn, name, n, msg)
            except Exception:
                pass
