# and/or/not return operand values and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], "" or "x", [] and 5)
print(not 1, not 0, not [], not [0], not None, not "")
log = []
def t(v):
    log.append(v)
    return v
r = t(0) and t(1)
print(r, log); log.clear()
r = t(1) or t(2)
print(r, log); log.clear()
r = t(0) or t("") or t(None)
print(r, log); log.clear()
r = t(1) and t(2) and t(3)
print(r, log); log.clear()
r = t(0) or t(1) and t(2)
print(r, log); log.clear()
r = not t(0) and t([])
print(r, log); log.clear()
print((1 and None) is None, (0 or 0.0), (False or 0) == 0)
x = [] or {} or ()
print(x, type(x).__name__)
print(1 if 0 else 2, 1 if [0] else 2, "a" if "" else "b" if None else "c")
