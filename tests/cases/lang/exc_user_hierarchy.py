# a user exception hierarchy with handlers at different levels and re-raising as another type
class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError): pass
class QueryError(DBError):
    def __init__(self, q):
        super().__init__("bad query: " + q)
        self.q = q
def op(kind):
    if kind == "conn":
        raise ConnError("down")
    if kind == "query":
        raise QueryError("SELECT")
    if kind == "app":
        raise AppError("generic")
    return "ok"
for k in ("conn", "query", "app", "none"):
    try:
        print(op(k))
    except ConnError as e:
        print("conn:", e)
    except DBError as e:
        print("db:", e, getattr(e, "q", None))
    except AppError as e:
        print("app:", e)
def translate():
    try:
        op("conn")
    except DBError as e:
        raise RuntimeError("translated: " + str(e))
try:
    translate()
except RuntimeError as e:
    print(e)
print([c.__name__ for c in (ConnError, QueryError) if issubclass(c, AppError)])
