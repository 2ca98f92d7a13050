# A global defined after a builtin of the same name was looked up (and its
# lookup cached) must win at once, whatever deletions and table rebuilds
# happened in between.
def use():
    return len("abc")


g = globals()
hits = 0
for rnd in range(60):
    use()  # caches the builtin
    for i in range(rnd % 7 + 1):
        g["tmp%d_%d" % (rnd, i)] = i
    for i in range(rnd % 7 + 1):
        del g["tmp%d_%d" % (rnd, i)]
    for i in range(rnd % 5):
        g["keep%d_%d" % (rnd, i)] = i
    g["len"] = lambda s: "shadow"
    if use() == "shadow":
        hits += 1
    del g["len"]
    if use() != 3:
        print("builtin not restored", rnd)
print(hits)
