# unicode strings indexed by code point: len, slicing, find, reverse, encode lengths, comparison
s = "aé日😀z"
print(len(s), [s[i] for i in range(len(s))], s[1:4], s[::-1], s[-2], s.find("😀"), s.index("z"), s.count("é"))
print([len(c.encode()) for c in s], len(s.encode()), s.encode().decode() == s, s.upper()[0], s.replace("日", "月"))
print(sorted(s), max(s), min(s), s.split("日"), "😀" * 3, s.startswith("aé"), s.endswith("😀z"))
print(s.center(9, "·"), "-".join(s), "日本語テキスト"[2:5], "é" in s, "e" in s, repr(s))
b = s.encode("utf-8")
print(b, len(b), b[1:3].decode(), bytes(s, "utf-8") == b)
