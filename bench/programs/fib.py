# Recursive Fibonacci: the cost of a Python-to-Python call with one argument,
# a comparison, and small-int arithmetic. fib(30) is computed four times.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(4):
    total += fib(30)
print("fib", fib(30), total)
