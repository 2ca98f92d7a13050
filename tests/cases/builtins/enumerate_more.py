# enumerate with big/negative starts over generators and dict views
print(list(enumerate("ab", 2**70)), list(enumerate("ab", -5)), list(enumerate({"k": 1}.items())))
e = enumerate(x * x for x in range(3))
print(iter(e) is e, list(e))
