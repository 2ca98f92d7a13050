# mutual recursion without a base case, through methods and lambdas, is caught
def ping(n): return pong(n + 1)
def pong(n): return ping(n + 1)
try:
    ping(0)
except RuntimeError:
    print("caught mutual")
class A:
    def m(self): return self.n()
    def n(self): return self.m()
try:
    A().m()
except RuntimeError:
    print("caught methods")
lam = lambda: lam()
try:
    lam()
except RuntimeError:
    print("caught lambda")
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        pass
try:
    with_finally(0)
except RuntimeError:
    print("caught with finally")
