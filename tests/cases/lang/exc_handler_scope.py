# the `as` name is unbound after the handler; outer variables assigned in handlers persist
result = None
try:
    raise ValueError("v")
except ValueError as err:
    result = err.args
print(result)
try:
    err
except NameError:
    print("err unbound")
def f():
    e = "local"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "unbound in function"
print(f())
for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
    except IndexError as ex:
        saved = ex
print(type(saved).__name__, saved.args)
