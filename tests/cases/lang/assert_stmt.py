# assert with and without message; AssertionError args
assert True
assert 1, "not raised"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 0, "with message"
except AssertionError as e:
    print("AssertionError", e.args, str(e))
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e.args, calls)
def check(x):
    assert isinstance(x, int), "need int, got " + type(x).__name__
    return x
try:
    check("s")
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
