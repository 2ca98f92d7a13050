# str split/rsplit/splitlines/join/partition/rpartition with maxsplit and edge cases
print("a b  c".split(), "  a b  ".split(), "".split(), "   ".split(), "a,b,,c".split(","), "".split(","))
print("a b c d".split(None, 1), "a b c d".split(" ", 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a::b::c".split("::"), "abc".split("abc"))
print("  x  y  ".rsplit(), "a\tb\nc\r\nd".split(), "x".split("x"), "xax".split("x"))
print("l1\nl2\r\nl3\rl4".splitlines(), "a\n\nb\n".splitlines(), "".splitlines(), "a\nb".splitlines(True), "\n".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(3)), "x".join(["only"]))
print("é".join(["日", "本"]), "".join(("a", "b")), ", ".join({"k": 1, "j": 2}))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError join")
try:
    "a".split("")
except ValueError:
    print("ValueError empty sep")
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "".partition("a"))
print("key: value".partition(": "), "abcabc".partition("bc"))
try:
    "a".partition("")
except ValueError:
    print("ValueError partition")
