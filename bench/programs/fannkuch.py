# Fannkuch-redux: for every permutation of 0..n-1 (generated in a fixed order),
# repeatedly reverse the prefix given by the first element until it is 0;
# report the maximum flip count and a signed checksum. Small lists, slicing,
# and reversal.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        nperm += 1
        # next permutation: rotate the first r+1 elements until a counter is left
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


print("fannkuch", *fannkuch(9))
