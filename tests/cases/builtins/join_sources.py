# str.join: lists, tuples, iterators, dicts, str subclass items, long results, and the TypeErrors of non-str items and non-iterables.
class S(str): pass
print(",".join([]), ",".join(["a"]), ",".join(("a", "b")), "".join(["x", "y", "z"]), "-".join("abc"), "+".join(iter(["p", "q"])))
print(len(",".join(["w" * 50] * 10)), ",".join(["é", "ü"]), ", ".join({"k": 1, "j": 2}), "".join([S("s"), "t"]), type(",".join([S("s")])).__name__)
print(len("ab".join(str(i) for i in range(1000))), ":".join(["a" * 60, "b" * 60, "c" * 10]))
for bad in [["a", 1], ["a" * 200, None, 3], [b"x"], 5]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    str.join(1, ["a"])
except TypeError as e:
    print("TypeError:", e)
