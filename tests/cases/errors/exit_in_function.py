# expect-exit: 4
# SystemExit raised deep in calls unwinds through finally blocks and sets the status
def inner():
    raise SystemExit(4)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
except Exception:
    print("never: SystemExit is not an Exception")
finally:
    print("module finally")
