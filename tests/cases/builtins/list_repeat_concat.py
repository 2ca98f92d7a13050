# list repetition with big and zero counts, concatenation creates new lists, in-place *= on aliases
a = [1, 2]
b = a * 3
c = a + a
print(b, c, a * 0, a * -5, [] * 100, len([None] * 100000))
alias = a
a *= 2
print(alias, alias is a)
a *= 0
print(alias)
x = [[0]] * 3
x[1][0] = 5
print(x)
