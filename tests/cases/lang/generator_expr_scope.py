# the first iterable of a genexp is evaluated immediately; later clauses lazily
def src(tag):
    print("src", tag)
    return range(2)
g = (x + y for x in src("outer") for y in src("inner"))
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError:
    print("TypeError at creation")
