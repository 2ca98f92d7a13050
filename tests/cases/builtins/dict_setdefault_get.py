# setdefault/get patterns: grouping, counting, defaults not evaluated lazily
words = "apple avocado banana blueberry cherry".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
calls = []
def dflt():
    calls.append(1)
    return 0
{"a": 1}.get("a", dflt())
print(calls)
d = {}
r = d.setdefault("k", [])
r.append(1)
print(d, d.get("missing"), d.get("k", "unused"))
