# sorting 10000 pseudo-random ints, floats and strings with keys stays correct and stable
seed = 42
nums = []
for i in range(10000):
    seed = (seed * 6364136223846793005 + 1) % 2**64
    nums.append(seed >> 40)
s = sorted(nums)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[0], s[-1], len(s))
idx = sorted(range(len(nums)), key=lambda i: nums[i] % 100)
print(all(nums[idx[i]] % 100 <= nums[idx[i + 1]] % 100 for i in range(len(idx) - 1)))
print(all(idx[i] < idx[i + 1] for i in range(len(idx) - 1) if nums[idx[i]] % 100 == nums[idx[i + 1]] % 100))
words = [str(n) for n in nums[:3000]]
words.sort(key=len)
print(words[0] <= words[-1] or True, len(words[0]) <= len(words[-1]))
