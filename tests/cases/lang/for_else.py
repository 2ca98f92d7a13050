# for loops with else, break/continue, iterating all kinds of iterables
for i in range(3):
    print(i)
else:
    print("done")
for i in []:
    print("never")
else:
    print("empty else")
for i in range(10):
    if i == 4:
        break
else:
    print("never")
print("i after break", i)
for c in "héllo":
    if c == "l":
        continue
    print(c, end=" ")
print()
for k in {"b": 1, "a": 2}:
    print(k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for b in b"AB":
    print(b)
for x in (1, [2], "3"):
    print(repr(x))
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
    else:
        print("inner else", i, end="; ")
print()
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print(x, end=" ")
print()
for i in range(5):
    pass
print(i)
for l[0] in range(3):
    pass
print(l)
