# fromkeys with iterables and shared values; pop with and without default; popitem LIFO order
d = dict.fromkeys(range(5), "v")
print(d, d.pop(2), d.pop(2, "gone"), d)
order = []
while d:
    order.append(d.popitem())
print(order)
e = dict.fromkeys("abc", 0)
e["b"] += 1
print(e, dict.fromkeys(()), dict.fromkeys("aa"))
