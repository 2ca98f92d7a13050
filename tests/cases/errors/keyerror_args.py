# KeyError carries the missing key in args (any key type)
for d, k in (({}, "a"), ({1: 2}, 3), ({}, (1, 2)), ({}, None), ({}, 2**70)):
    try:
        d[k]
    except KeyError as e:
        print(e.args, e.args[0] == k)
try:
    {}.pop("p")
except KeyError as e:
    print(e.args)
try:
    set().remove("r")
except KeyError as e:
    print(e.args)
