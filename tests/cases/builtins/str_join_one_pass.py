# join across the stack-buffer limit: every size and separator, subclasses, non-str items
for sep in ["", ",", "--", "é", "x" * 50]:
    lens = []
    tails = []
    for n in range(0, 45):
        parts = ["ab%d" % i for i in range(n)]
        r = sep.join(parts)
        lens.append(len(r))
        tails.append(r[-3:])
        if r != sep.join(tuple(parts)) or (sep and parts and r.split(sep) != parts):
            print("mismatch", n, repr(sep))
    print(repr(sep[:3]), lens)
    print(" ".join(tails[-6:]))
parts = ["é" * 40, "ab", "€" * 70, "z"]
r = "|".join(parts)
print(len("".join(parts)), r[-5:], len(r), r.count("|"), {r: 1}[r[:]])
class S(str):
    pass
print(",".join([S("q" * 100), "w", S("e")])[-5:], "-".join(iter(["a" * 120, "b", "c"]))[-5:])
for items in (["a" * 200, "b", 3], ["a", 5] + ["x" * 100] * 3, [None], ["a" * 130, b"b"]):
    try:
        ",".join(items)
        print("no error")
    except TypeError as e:
        print(e)
print(len(",".join(["x"] * 130)), ",".join(("a" * 127, "b"))[-3:], repr("".join([])), repr(",".join([""] * 3)))
