# int dunder methods called directly and int attributes
print((5).__add__(3), (5).__sub__(7), (5).__mul__(2), (7).__floordiv__(2), (7).__mod__(-3), (2).__pow__(10), (5).__neg__())
print((5).__eq__(5), (5).__lt__(6), (5).__add__(1.5), (5).__hash__() == hash(5), int.__add__(1, 2))
print((255).bit_length(), (-255).bit_length(), (1).to_bytes(1, "little"), (10**20).to_bytes(9, "big").hex())
