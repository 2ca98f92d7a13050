# classic recursive algorithms: permutations, hanoi, power set, quicksort, gcd, ackermann (small)
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append(a + c)
        hanoi(n - 1, b, a, c)
hanoi(4, "A", "B", "C")
print(len(moves), moves[:5])
def powerset(l):
    if not l:
        return [[]]
    rest = powerset(l[1:])
    return rest + [[l[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def qs(l):
    return l if len(l) < 2 else qs([x for x in l[1:] if x < l[0]]) + [l[0]] + qs([x for x in l[1:] if x >= l[0]])
print(qs([5, 3, 8, 1, 9, 2, 7, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2**100, 6**50), gcd(17, 5))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))
