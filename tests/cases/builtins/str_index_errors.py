# str indexing and methods with out-of-range/negative arguments
s = "abc"
print(s[-3], s[2], s[-1:], s[:-1], s[1:-1], s[5:], s[-5:1])
for i in (3, -4):
    try:
        s[i]
    except IndexError:
        print("IndexError", i)
print(s.find("c", -1), s.find("a", -1), s.rfind("a", -3, -1), s.count("a", 10), s.find("", 10), s.find("", 3))
