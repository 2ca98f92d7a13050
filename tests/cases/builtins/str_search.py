# str find/rfind/index/rindex/count/startswith/endswith incl. start/end and tuples
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find(""), s.rfind(""), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 3, 10))
print(s.find("h", -5), s.rfind("l", 0, -3), s.count("ll", -100, 100), "aaaa".count("aa"), "".count(""))
for sub in ("xyz", "z"):
    try:
        s.index(sub)
    except ValueError:
        print("ValueError index", sub)
    try:
        s.rindex(sub)
    except ValueError:
        print("ValueError rindex", sub)
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("hello"), s.endswith(("a", "lo")), s.endswith("world", 0, 11), s.startswith(""), "".endswith(""))
print("é日本".find("日"), "é日本".index("本"), "日本日本".rfind("日"), "é日本".count("日本"))
print("abc" in "xabcx", "" in "abc", "abd" in "abc", "a" not in "b")
try:
    s.startswith(["he"])
except TypeError:
    print("TypeError")
try:
    s.find(1)
except TypeError:
    print("TypeError find int")
