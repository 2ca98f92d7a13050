# TypeError for wrong arity, unexpected/duplicate keywords, non-callables, bad arguments to builtins
def f(a, b, *, c): return a
class K:
    def m(self): pass
calls = [
    (f, (1,), {"c": 1}), (f, (1, 2, 3), {"c": 1}), (f, (1, 2), {}), (f, (1, 2), {"c": 1, "d": 2}), (f, (1, 2), {"a": 1, "c": 1}),
    (len, (), {}), (len, ([], []), {}), (abs, (1, 2), {}), (isinstance, (1,), {}), (K().m, (1,), {}), (K, (1,), {}),
    (int, ("1",), {"bas": 2}), (sorted, ([],), {"keyx": 1}), (print, (), {"nope": 1}), (list, (1, 2), {}), (dict, (1, 2), {}),
    (str.join, (",", 5), {}), ("abc".split, (1,), {}), ([].append, (), {}), ({}.get, (), {}), (min, (), {}), (getattr, (1,), {}),
    (range, (), {}), (range, (1, 2, 3, 4), {}), (zip, (1,), {}), (enumerate, (), {}), (hasattr, (1, 2), {}),
]
for fn, args, kw in calls:
    try:
        fn(*args, **kw)
        print("no error")
    except TypeError:
        print("TypeError")
for obj in (1, "s", None, [], {}, 1.5):
    try:
        obj()
    except TypeError:
        print("TypeError not callable", type(obj).__name__)
