# SystemExit can be caught like any BaseException; exit(0)-style with no args
try:
    raise SystemExit
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("never: SystemExit is not an Exception")
except SystemExit:
    print("outer")
raise SystemExit(0)
print("never")
