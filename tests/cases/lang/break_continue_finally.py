# break/continue inside try/finally and with exception handlers
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after for")
i = 0
while i < 5:
    i += 1
    try:
        try:
            if i % 2:
                continue
            print("even", i)
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f())
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
            continue
        finally:
            print("g finally", i)
    return i
print(g())
for i in range(2):
    try:
        pass
    finally:
        break
print("i", i)
