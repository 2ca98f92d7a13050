# exception instances are objects: args set at creation, user subclass attributes, raising the same instance twice
class Err(Exception):
    pass
e = Err("first")
for i in range(2):
    try:
        raise e
    except Err as caught:
        print(caught is e, caught.args)
e.extra = "user attribute on a user exception subclass"
try:
    raise e
except Err as c:
    print(c.extra)
