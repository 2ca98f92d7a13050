# user exception classes: hierarchies, args, custom __init__ and __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Detailed(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
for exc in (AppError(), AppError("x"), AppError(1, 2), NotFound("file"), Detailed(404, "gone")):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e.args, e.name, str(e))
    except AppError as e:
        print(type(e).__name__, e.args, str(e))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
try:
    raise Detailed(500, "boom")
except Exception as e:
    print(isinstance(e, AppError), e.code, e)
class MyValueError(ValueError):
    pass
try:
    raise MyValueError("bad")
except ValueError as e:
    print("caught as ValueError", type(e).__name__, e)
class Base(Exception):
    def describe(self): return "Base:" + type(self).__name__
class Leaf(Base): pass
try:
    raise Leaf
except Base as e:
    print(e.describe(), e.args)
