# evaluation order: right side before targets, left-to-right targets, args, dict displays, operators
log = []
def t(x):
    log.append(x)
    return x
a = [0, 0, 0]
a[t(0)], a[t(1)] = t("v1"), t("v2")
print(log, a); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
t(1) + t(2) * t(3)
print(log); log.clear()
def f(*args, **kw): pass
f(t(1), t(2), x=t(3), *[t(4)], **{t("k"): t(5)})
print(log); log.clear()
x = y = t("chained")
print(log, x, y); log.clear()
[t(i) for i in range(3)]
print(log); log.clear()
t("a")[0] if t(False) else t("c")
print(log); log.clear()
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(i, l)
