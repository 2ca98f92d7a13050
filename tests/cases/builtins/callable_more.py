# callable() on classes, instances with/without __call__, builtins, methods, generators and lambdas
class A: pass
class B:
    def __call__(self): return "called"
def gen(): yield
print([callable(x) for x in (A, A(), B, B(), print, len, "x".upper, gen, gen(), lambda: 0, type, object(), 1, None)])
b = B()
print(b(), callable(b.__call__))
