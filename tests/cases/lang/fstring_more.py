# f-strings: nested quotes of the other kind, expressions with calls/indexing/dicts, conversions with specs, format of floats
items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name:<8}|{price:>6.2f}|{price * 3:08.3f}|{name!r:>10}")
print(f"{'nested ' + 'concat'}", f"{len(items)} items", f"{[k.upper() for k in items]}", f"{sorted(items)[0]}")
n = 255
print(f"{n:#06x} {n:b} {n:o} {-n:+d} {n:,} {n/7:.3} {n:e} {n:>8.2%}")
w = 6
print(f"[{'x':^{w}}]", f"[{n:{w}d}]", f"[{3.14159:{w}.{w - 4}f}]")
val = None
print(f"{val}", f"{val!r}", f"{str(True):>5}", f"{'':-^10}")
print(f"{1}" f"{2}" "3", f"a" "b", len(f"{'é' * 3}"))
