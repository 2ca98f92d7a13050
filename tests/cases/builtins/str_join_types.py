# str.join accepts any iterable of str; errors mention non-str items
print("-".join(("a", "b")), "".join(iter(["x", "y"])), ",".join({"k1": 0, "k2": 0}), "|".join(c for c in "abc"), " ".join([]))
print("".join(["a"] * 1000)[:5], len("".join(str(i) for i in range(100))))
for bad in ([1], ["a", None], [b"a"]):
    try:
        "".join(bad)
    except TypeError:
        print("TypeError")
