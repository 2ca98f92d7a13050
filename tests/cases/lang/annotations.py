# variable and function annotations are accepted and ignored at runtime
x: int = 5
y: "anything"
def f(a: int, b: str = "s", *args: int, c: float = 1.0, **kw: dict) -> tuple:
    z: list = [a, b]
    return z, args, c, kw
print(x, f(1), f(2, "t", 3, c=2.5, k=1))
class C:
    attr: int = 3
    other: str
print(C.attr, hasattr(C, "other"))
try:
    y
except NameError:
    print("NameError: annotation without value binds nothing")
