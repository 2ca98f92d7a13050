# deeply nested try/finally with return, break and exceptions unwinds in order
log = []
def nested(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        nested(n - 1)
    finally:
        log.append(n)
try:
    nested(200)
except ValueError:
    print(len(log), log[:3], log[-3:])
def loops():
    total = 0
    for i in range(100):
        try:
            try:
                try:
                    if i % 3 == 0:
                        continue
                    if i == 97:
                        break
                    if i % 5 == 0:
                        raise KeyError(i)
                finally:
                    total += 1
            except KeyError:
                total += 100
        finally:
            total += 10000
    return total
print(loops())
def ret_override(n):
    try:
        if n:
            return ret_override(n - 1) + 1
        return 0
    finally:
        if n == 50:
            return -1000
print(ret_override(100))
