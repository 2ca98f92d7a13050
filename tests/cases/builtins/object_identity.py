# `is` identity vs equality: singletons, copies, small ints are values (compare with ==), interning not relied on
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, True is True, ... is Ellipsis, () == ())
x = 1000
y = x
print(x is y, x == 1000, type(x) is int)
s = "hello"
t = s
print(s is t, s == "hel" + "lo")
