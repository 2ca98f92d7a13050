# f-strings: expressions, conversions, format specs, nested specs, escaped braces
name, n, f = "world", 42, 3.14159
print(f"hello {name}!", f"{n}", f"{n + 1}", f"{name.upper()}", f"{[1, 2][0]}")
print(f"{name!r}", f"{name!s}", f"{n:5d}|", f"{n:<5}|", f"{n:^7}|", f"{n:>+5}|", f"{n:05}")
print(f"{f:.2f}", f"{f:10.3f}|", f"{f:e}", f"{f:g}", f"{1e20:g}", f"{0.5:%}", f"{n:x} {n:X} {n:o} {n:b}")
width, prec = 10, 3
print(f"{f:{width}.{prec}f}|", f"{name:>{width}}|", f"{n:{'^'}{width}}|")
print(f"{{}}", f"{{{n}}}", f"a{{b}}c", f"{'quoted'}", f'{"dq"}')
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}", f"{'yes' if n else 'no'}", f"{n * 2 = }" if False else f"{n * 2}")
print(f"{n:,}", f"{1234567:_}", f"{-n:08.2f}", f"{n:#x}", f"{n:#o}", f"{n:#b}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return "fmt[" + spec + "]"
print(f"{P()}", f"{P()!r}", f"{P()!s}", f"{P():abc}")
x = 5
print(f"{x}{x}{x}", f"" == "", f"{x!r:>4}|", f"{'é':*^5}")
print(f"""multi
{x}""", f"{(lambda: 'lam')()}", f"{x:{''}}")
print(f"{3.0}", f"{1e16}", f"{True}", f"{None}", f"{[1, 'a']}", f"{(1,)}")
