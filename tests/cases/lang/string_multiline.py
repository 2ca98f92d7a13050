# triple-quoted strings keep newlines and indentation; implicit concatenation across lines
s = """line one
    indented line
last"""
print(s.splitlines(), len(s.splitlines()))
t = ("part one, "
     "part two, "
     'part three')
print(t)
u = '''single 'quotes' and "double" inside'''
print(u)
v = """\
no leading newline"""
print(repr(v))
