# while loops with else, break, continue, nested
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("else ran", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("n", n)
while 0:
    print("never body")
else:
    print("else of empty while")
i = 0
while i < 10:
    i += 1
    if i == 7:
        break
else:
    print("not reached")
print("broke at", i)
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            b += 1
            continue
        if b > a:
            break
        print(a, b)
        b += 1
    else:
        print("inner else", a)
    a += 1
l = [1, 2, 3]
while l:
    print(l.pop())
