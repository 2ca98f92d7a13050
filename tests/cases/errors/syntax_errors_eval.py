# SyntaxError (and IndentationError) raised by eval/exec/compile for invalid source
sources = ["1 +", "def", "x = = 1", "(1, 2", "return 5", "break", "f(**x, *y)" if False else "a b", "1 = x",
           "def f(:\n pass", "if True:\nprint(1)", "  x = 1", "class", "lambda: yield" if False else "[x for x in]",
           "'unterminated", "del 1", "nonlocal q", "f(a=1, a=2)" if False else "def f(a, a): pass"]
for src in sources:
    try:
        exec(src)
        print("no error", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src))
print(issubclass(IndentationError, SyntaxError))
try:
    exec("if 1:\n    a = 1\n      b = 2")
except SyntaxError as e:
    print("unexpected indent:", type(e).__name__)
