# expect-exit: 3
# SystemExit with an int code sets the exit status; finally blocks still run
try:
    print("start")
    raise SystemExit(3)
finally:
    print("finally")
print("never")
