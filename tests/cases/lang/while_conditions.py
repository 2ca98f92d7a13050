# while loops with compound conditions, counters, nested breaks and loop-else with flags
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i, j = 0, 10
while i < j and (i * j) % 7 != 6:
    i += 1
    j -= 1
print(i, j)
primes = []
n = 2
while len(primes) < 15:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        primes.append(n)
    n += 1
print(primes)
x = 10
while x := x - 3:
    if x < 0:
        break
print(x)
