# str.count and str.replace: overlapping patterns, counts, empty patterns, big inputs
print("aaaa".count("aa"), "abababa".count("aba"), "abababa".replace("aba", "X"), "aaaa".replace("aa", "b", 1))
print("a.b.c".replace(".", ""), "x".replace("x", "xx"), "abc".replace("abc", ""), "mississippi".count("ss"), "mississippi".count("s", 3))
big = "ab" * 10000
print(big.count("ab"), len(big.replace("a", "")), big.replace("ab", "c", 3)[:6], big.find("ba", 9999), big.rfind("ab"))
