# string concatenation in loops, membership, multiplication, comparison and iteration order
s = ""
for i in range(10):
    s += str(i)
print(s, len(s), s * 2 == s + s, "345" in s, "35" in s)
words = ["pear", "Apple", "apple", "banana", "Banana"]
print(sorted(words), min(words), max(words))
print([c for c in "tab\tnl\n"], list(reversed("abc")), "".join(sorted("hello")))
print("a" < "aa" < "ab" < "b", "" < " ", "\x00" < "\x01")
print(str(1) + str(2.5) + str(None) + str([]) + str(()))
