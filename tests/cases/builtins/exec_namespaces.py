# exec with separate globals dicts; functions defined in exec see their own globals
g1, g2 = {"v": 1}, {"v": 2}
src = "def get():\n    return v\nres = get()"
exec(src, g1)
exec(src, g2)
print(g1["res"], g2["res"], g1["get"](), "res" in globals())
g1["v"] = 100
print(g1["get"](), g2["get"]())
print(eval("v * 2", g2), eval("[v] * 2", {"v": "x"}))
