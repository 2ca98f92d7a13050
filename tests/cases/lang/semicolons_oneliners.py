# simple statements separated by semicolons, one-line compound statements, pass and ellipsis bodies
a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if"); print("second stmt")
for i in range(2): print("loop", i)
while False: pass
def f(): ...
class C: pass
print(f(), type(C()).__name__)
x = [1,
     2,
     3]
y = (1 +
     2)
z = 1 + \
    2
print(x, y, z)
