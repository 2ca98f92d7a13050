# IndexError and KeyError from every container, and catching both as LookupError
cases = ["[][0]", "[1][1]", "[1][-2]", "()[0]", "'abc'[3]", "'abc'[-4]", "b''[0]", "bytearray()[0]", "range(3)[3]",
         "range(0)[-1]", "[].pop()", "[1].pop(5)", "{}['k']", "{1: 2}[2]", "{}.pop('x')", "{}.popitem()", "set().pop()",
         "{1}.remove(2)", "memoryview(b'a')[1]", "[[1]][0][1]", "{'a': {}}['a']['b']", "frozenset().__contains__(1) or {}[()]"]
for c in cases:
    try:
        eval(c)
        print("no error", c)
    except IndexError:
        print("IndexError", c)
    except KeyError:
        print("KeyError", c)
l = [1]
try:
    l[5] = 1
except IndexError:
    print("IndexError store")
try:
    del l[5]
except IndexError:
    print("IndexError del")
try:
    {"a": 1}["b"]
except LookupError as e:
    print("LookupError", type(e).__name__, e.args)
