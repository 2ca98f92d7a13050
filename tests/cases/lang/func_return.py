# return values: none, multiple, early return, recursion, functions as values
def none1(): pass
def none2(): return
def multi(): return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(none1(), none2(), multi(), early(10), early(2))
a, b, c = multi()
print(a, b, c)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(20), fact(30))
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def apply(fn, *a): return fn(*a)
print(apply(len, "abc"), apply(max, 1, 5, 3), apply(apply, abs, -2))
def outer():
    def inner(): return "inner"
    return inner
print(outer()(), outer().__name__, fact.__name__)
def even(n): return True if n == 0 else odd(n - 1)
def odd(n): return False if n == 0 else even(n - 1)
print(even(10), odd(7), even(7))
funcs = {"sq": lambda x: x * x, "neg": lambda x: -x}
print(funcs["sq"](7), funcs["neg"](7))
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated(1))
