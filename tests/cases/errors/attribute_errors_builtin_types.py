# assigning attributes to builtin instances and types fails with AttributeError/TypeError
for obj in (1, "s", [], {}, (), None, 1.5, b"", range(1), object()):
    try:
        obj.newattr = 1
        print("set ok?")
    except AttributeError:
        print("AttributeError", type(obj).__name__)
for t in (int, list, str):
    try:
        t.newattr = 1
    except (AttributeError, TypeError):
        print("cannot set on", t.__name__)
