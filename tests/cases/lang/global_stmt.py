# global declarations, reading vs assigning globals, UnboundLocalError-ish NameError
g = 1
def read(): return g
def write():
    global g
    g = 2
def create():
    global newname
    newname = "created"
print(read()); write(); print(g, read())
create(); print(newname)
def shadow():
    g = 100
    return g
print(shadow(), g)
def bad():
    print(g)
    g = 5
try:
    bad()
except NameError as e:
    print("NameError", type(e).__name__ in ("UnboundLocalError", "NameError"))
try:
    undefined_name
except NameError:
    print("NameError")
def aug():
    global g
    g += 10
aug(); print(g)
def nested():
    def inner():
        global g
        g = "from inner"
    inner()
nested(); print(g)
counter = 0
def incr():
    global counter
    for _ in range(5):
        counter += 1
incr(); incr(); print(counter)
