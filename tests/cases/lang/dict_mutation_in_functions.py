# dicts passed to functions are shared; defaults; returning and updating nested dicts
def add(d, k, v):
    d[k] = v
    return d
cfg = {}
r = add(cfg, "a", 1)
print(cfg, r is cfg)
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge({"x": {"y": 1, "z": 2}, "w": 0}, {"x": {"y": 10}, "v": 5}))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
