# sort with key functions raising, mixed types in keys, reverse with equal keys
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError:
    print("ZeroDivisionError", sorted(l))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError:
    print("TypeError tuple element compare")
print(sorted([(1, "a"), (2, 1)]))
