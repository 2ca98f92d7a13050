# Long strings grown with `s += piece`: 80 rounds, each building one string
# from 30k appends. CPython appends in place when the string is not shared; an
# interpreter that copies the whole string on every `+=` is quadratic here.


def build(n, tag):
    s = ""
    for i in range(n):
        s += "ab"
        if i % 1000 == 0:
            s += tag
    return s


def main():
    total = 0
    last = ""
    for rnd in range(80):
        last = build(30_000, str(rnd))
        total += len(last)
    return total, last[-10:]


print("str_append_long", *main())
