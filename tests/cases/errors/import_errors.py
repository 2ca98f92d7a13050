# ImportError for missing modules and names; a failing import can be retried after catching
for stmt in ("import _definitely_missing_mod", "from _definitely_missing_mod import x", "import _helper_err.sub_missing"):
    try:
        exec(stmt)
    except ImportError:
        print("ImportError", stmt)
try:
    from _helper_err import missing_name
except ImportError:
    print("ImportError missing name")
from _helper_err import present
print(present)
try:
    import _helper_raises
except ZeroDivisionError:
    print("ZeroDivisionError while importing")
