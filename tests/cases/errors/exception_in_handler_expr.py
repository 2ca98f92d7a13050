# errors while evaluating the except clause expression itself and inside with/finally cleanup
def bad_class():
    raise KeyError("while evaluating except clause")
try:
    try:
        raise ValueError
    except bad_class():
        print("never")
except KeyError as e:
    print("KeyError", e.args)
try:
    try:
        raise ValueError
    except 42:
        print("never")
except TypeError:
    print("TypeError: except needs exception classes")
