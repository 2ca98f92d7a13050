# expect-exit: 1
# an exception escaping a generator consumed by a for loop ends the program with status 1
def gen():
    yield 1
    raise KeyError("in generator")
for x in gen():
    print("got", x)
print("never")
