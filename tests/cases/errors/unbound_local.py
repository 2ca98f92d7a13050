# reading a local before assignment raises UnboundLocalError (a NameError subclass)
def f():
    print(v)
    v = 1
try:
    f()
except NameError as e:
    print("NameError family", isinstance(e, NameError))
def g(flag):
    if flag:
        w = "set"
    return w
print(g(True))
try:
    g(False)
except NameError:
    print("NameError when branch skipped")
def h():
    x = 1
    del x
    return x
try:
    h()
except NameError:
    print("NameError after del")
def outer():
    def inner():
        return cell
    try:
        inner()
    except NameError:
        print("NameError free variable before assignment")
    cell = 1
    return inner()
print(outer())
