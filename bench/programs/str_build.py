# String building: short lines grown with `+=`, then joined with "".join and
# ",".join, str() of ints, and a little slicing.


def main():
    lines = []
    for i in range(120_000):
        s = ""
        for j in range(8):
            s += str(i + j)
            s += "-"
        lines.append(s)
    text = "\n".join(lines)
    parts = []
    for i in range(400_000):
        parts.append(str(i))
    csv = ",".join(parts)
    h = 0
    for ln in lines[::97]:
        h = (h * 31 + len(ln) + ord(ln[0])) & 0xFFFFFFFF
    return len(text), len(csv), h, csv[-11:]


print("str_build", *main())
