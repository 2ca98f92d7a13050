# after catching recursion overflow inside a handler and a finally, deep-ish recursion works again
def inf(n):
    return inf(n + 1)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
for i in range(3):
    try:
        inf(0)
    except RuntimeError:
        try:
            inf(0)
        except RuntimeError:
            print("nested catch", i)
    finally:
        print(fine(500))
