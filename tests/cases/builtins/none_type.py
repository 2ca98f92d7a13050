# None: singleton, falsy, comparisons only by == / is, repr, not callable, attribute errors
print(None is None, None == None, None != 0, bool(None), repr(None), str(None), type(None).__name__)
x = None
print(x is None, x is not None, [None] * 2, {None: 1}[None], (None,) == (None,))
for action in (lambda: None < 1, lambda: None + 1, lambda: x(), lambda: len(None), lambda: None.attr):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
def f(): pass
print(f() is None, print("printed") is None)
