# 10000 instances with two attributes (fits the default heap); iterate and aggregate
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, -i) for i in range(10000)]
print(sum(p.x for p in ps), sum(p.y for p in ps), ps[5000].x)
for p in ps:
    p.x, p.y = p.y, p.x
print(ps[10].x, ps[10].y, max(p.y for p in ps))
del ps
print("done")
