# A record-and-procedure benchmark in the spirit of the classic "pystone":
# records (class instances) linked to each other, procedures that take and
# return ints and enums, global variables, short string compares, and 1-D and
# 2-D int arrays, in a fixed loop.

RED, GREEN, BLUE, WHITE, BLACK = range(5)


class Rec:
    def __init__(self, link=None, kind=0, colour=RED, num=0, text=""):
        self.link = link
        self.kind = kind
        self.colour = colour
        self.num = num
        self.text = text

    def clone(self):
        return Rec(self.link, self.kind, self.colour, self.num, self.text)


g_int = 0
g_flag = False
g_char1 = "\0"
g_char2 = "\0"
g_arr = [0] * 51
g_grid = [[0] * 51 for _ in range(51)]
g_rec = None


def shade(colour):
    if colour == RED:
        return GREEN
    if colour == GREEN:
        return BLUE if g_int > 100 else RED
    if colour == BLUE:
        return WHITE
    return BLACK


def bump(n):
    return n + 12 - (n & 3)


def fill(a, g, n1, n2):
    base = n1 + 5
    a[base] = n2
    a[base + 1] = a[base]
    a[base + 30] = base
    row = g[base]
    for i in range(base, base + 2):
        row[i] = base
    row[base - 1] += 1
    g[base + 20][base] = a[base]
    return 5


def chars_equal(c1, c2):
    return c1 == c2


def compare_texts(s1, s2):
    i = 2
    ch = "A"
    while i <= 2:
        if s1[i] != s2[i + 1]:
            ch = "A"
            i += 1
        else:
            i += 1
    if "W" <= ch <= "Z":
        i = 7
    if ch == "X":
        return True
    if s1 > s2:
        return True
    return False


def update_rec(r):
    nxt = r.link
    nxt_copy = g_rec.clone()
    r.num = 5
    nxt_copy.num = r.num
    nxt_copy.link = r.link
    if nxt_copy.kind == 0:
        nxt_copy.num = 6
        nxt_copy.colour = shade(r.colour)
        nxt_copy.link = g_rec.link
        nxt_copy.num = bump(nxt_copy.num)
    else:
        r.num = nxt.num
    return nxt_copy


def run(loops):
    global g_int, g_flag, g_char1, g_char2, g_rec
    g_rec = Rec(Rec(), 0, BLUE, 40, "SOME STRING, FIRST")
    text1 = "SOME STRING, 1ST"
    acc = 0
    for loop in range(loops):
        g_char1 = "A"
        g_char2 = "B"
        g_flag = not chars_equal(g_char1, g_char2)
        text2 = "SOME STRING, 2ND"
        n1 = 2
        n2 = 3
        colour = BLUE
        g_flag = not compare_texts(text1, text2)
        while n1 < n2:
            n3 = 5 * n1 - n2
            n3 = bump(n3)
            n1 += 1
        g_int = fill(g_arr, g_grid, n1, n3)
        rec = update_rec(g_rec)
        ch = "A"
        while ch <= g_char2:
            if colour == shade(colour):
                colour = RED
            ch = chr(ord(ch) + 1)
        n2 = n2 * n1
        n1 = n2 // n3
        n2 = 7 * (n2 - n3) - n1
        acc = (acc + n1 + n2 + n3 + rec.num + colour + g_int) & 0xFFFFFF
    return acc, g_arr[8], g_grid[8][7], g_int, g_flag


print("pystone_like", *run(200_000))
