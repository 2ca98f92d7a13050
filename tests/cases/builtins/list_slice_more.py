# list slices: copies are shallow, negative and big bounds, step assignment sizes, aliasing
l = [[1], [2], [3]]
c = l[:]
c[0].append("shared")
c[1] = "replaced"
print(l, c)
l = list(range(8))
print(l[-3:-1], l[-1:-3], l[-1:-3:-1], l[5:100], l[-100:2], l[::-2], l[1::-1], l[:-9:-3])
l[-2:] = []
l[:2] = ["a"]
print(l)
l[1:4:2] = ("x", "y")
print(l)
l = [1, 2, 3]
l[1:1] = l
print(l)
l = [0] * 5
l[::-1] = range(5)
print(l)
