#!/usr/bin/python3.11
"""Write tests/vectors.txt: big-integer cases with results computed by CPython.

Run from anywhere: /usr/bin/python3.11 crates/bigint/tests/gen_vectors.py
The file is checked in; tests/vectors.rs reads every line and checks it.

Line format: fields separated by '|', the first is the operation, the last
is the expected result. Integers are written in Python's hex() form, floats
as their IEEE-754 bits in hex, byte strings as hex, errors as ERR:<name>.
"""

import os
import random
import struct
import sys

sys.set_int_max_str_digits(0)
rng = random.Random(20240611)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors.txt")


def rand_int(max_bits=2000, allow_zero=True):
    kind = rng.random()
    bits = int(2 ** rng.uniform(0, 11)) % max_bits + 1
    if kind < 0.08:
        v = (1 << bits) - 1  # all ones
    elif kind < 0.14:
        v = 1 << bits  # power of two
    elif kind < 0.18:
        v = (1 << bits) + rng.getrandbits(8)
    elif kind < 0.22:
        v = rng.choice([0, 1, 2, 2**48 - 1, 2**48, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1, 2**128 - 1])
    else:
        v = rng.getrandbits(bits)
    if v == 0 and not allow_zero:
        v = 1
    return -v if rng.random() < 0.5 else v


def fbits(f):
    return hex(struct.unpack("<Q", struct.pack("<d", f))[0])


def guard(fn):
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - the class name is the expected value
        return "ERR:" + type(e).__name__


lines = []


def emit(*fields):
    lines.append("|".join(str(f) for f in fields))


N = 150
for _ in range(N):
    a, b = rand_int(), rand_int()
    emit("add", hex(a), hex(b), hex(a + b))
    emit("sub", hex(a), hex(b), hex(a - b))
    emit("mul", hex(a), hex(b), hex(a * b))
    d = rand_int(allow_zero=True)
    emit("floordiv", hex(a), hex(d), guard(lambda: hex(a // d)))
    emit("mod", hex(a), hex(d), guard(lambda: hex(a % d)))
    emit("divmod", hex(a), hex(d), guard(lambda: ",".join(hex(x) for x in divmod(a, d))))
    emit("and", hex(a), hex(b), hex(a & b))
    emit("or", hex(a), hex(b), hex(a | b))
    emit("xor", hex(a), hex(b), hex(a ^ b))
    emit("not", hex(a), hex(~a))
    n = rng.choice([0, 1, 63, 64, 65, 127, 128, rng.randrange(0, 3000)])
    emit("shl", hex(a), n, hex(a << n))
    emit("shr", hex(a), n, hex(a >> n))
    emit("bitlen", hex(a), a.bit_length())
    emit("hash", hex(a), hash(a))
    emit("tof64", hex(a), guard(lambda: fbits(float(a))))
    emit("truediv", hex(a), hex(d), guard(lambda: fbits(a / d)))
    for base, spec in ((2, "b"), (8, "o"), (10, "d"), (16, "x")):
        txt = format(a, spec)
        emit("str", hex(a), base, txt)
        emit("parse", txt, base, hex(int(txt, base)))

    def base36(v):
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        if v == 0:
            return "0"
        s, m = "", abs(v)
        while m:
            m, r = divmod(m, 36)
            s = digits[r] + s
        return ("-" if v < 0 else "") + s

    emit("str", hex(a), 36, base36(a))
    emit("parse", base36(a), 36, hex(int(base36(a), 36)))
    e = rng.choice([0, 1, 2, 3, rng.randrange(0, 2**64), rng.getrandbits(200)])
    e = -e if rng.random() < 0.2 else e
    m = rand_int(max_bits=600)
    emit("powmod", hex(a), hex(e), hex(m), guard(lambda: hex(pow(a, e, m))))
    small = rand_int(max_bits=200)
    pe = rng.randrange(0, 40)
    emit("pow", hex(small), pe, hex(small**pe))
    emit("gcd", hex(a), hex(b), hex(__import__("math").gcd(a, b)))
    length = rng.choice([0, 1, 8, (a.bit_length() + 7) // 8, (a.bit_length() + 8) // 8, rng.randrange(0, 300)])
    order = rng.choice(["big", "little"])
    signed = rng.choice([True, False])
    emit("tobytes", hex(a), length, order, int(signed), guard(lambda: a.to_bytes(length, order, signed=signed).hex()))
    raw = rng.randbytes(rng.randrange(0, 80))
    emit("frombytes", raw.hex(), order, int(signed), hex(int.from_bytes(raw, order, signed=signed)))
    # int/float comparison around the value's float
    f = guard(lambda: float(a))
    if not isinstance(f, str):
        for g in (f, f * (1 + 2**-52), -f, f + 0.5, float("inf"), float("-inf")):
            emit("cmpf", hex(a), fbits(g), (a > g) - (a < g))

# Small-quotient and near-float-boundary true divisions.
for _ in range(60):
    b = rand_int(allow_zero=False)
    a = b * rng.getrandbits(rng.randrange(1, 60)) + rng.getrandbits(rng.randrange(1, 64))
    emit("truediv", hex(a), hex(b), guard(lambda: fbits(a / b)))
    emit("truediv", hex(b), hex(a), guard(lambda: fbits(b / a)))
for x in (2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024, 2**53 + 1, 2**54 + 3):
    emit("tof64", hex(x), guard(lambda: fbits(float(x))))
    emit("tof64", hex(-x), guard(lambda: fbits(float(-x))))
for a, b in ((1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1076), (2**2000, 3), (2**1100, 2**76 + 1),
             (10**400, 10**90), (1, 10**400), (-7, 2**1080), (2**1024 - 1, 1), (2**1024 - 1, 2)):
    emit("truediv", hex(a), hex(b), guard(lambda: fbits(a / b)))

# Hash edge values: -1 maps to -2, multiples of the modulus to 0.
for x in (-1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**100, -(2**100), 2**64 - 1, 2**122 - 1):
    emit("hash", hex(x), hash(x))

# Hand-picked parse cases: base inference, prefixes, underscores, spaces.
PARSE = [
    ("0", 0), ("00", 0), ("0_0", 0), ("010", 0), ("0_7", 0), ("7", 0), ("0x1f", 0), ("0X1F", 0),
    ("0o17", 0), ("0b101", 0), ("0b102", 0), ("0x", 0), ("0x_1", 0), ("0x__1", 0), ("0x1_", 0),
    ("1_000", 10), ("1__000", 10), ("_1", 10), ("1_", 10), ("", 10), (" ", 10), ("-", 10), ("+", 10),
    ("+5", 10), ("-5", 10), ("--5", 10), ("- 5", 10), (" \t-12 \n", 10), ("\x0b7\x0c", 10), ("1 2", 10),
    ("0x10", 16), ("0b1", 16), ("0o7", 8), ("0o8", 8), ("0b11", 2), ("0B11", 2), ("0x10", 10),
    ("z", 36), ("Z", 36), ("zz", 35), ("9", 9), ("8", 9), ("0_0_1", 10), ("0_0_1", 0), ("00_0", 0),
    ("1e5", 10), ("1.0", 10), ("0x_", 16), ("0_x1", 0), ("12", 1), ("12", 37), ("12", 2),
    ("\u00a012\u2003", 10), ("\x1c5\x1f", 10), ("٣", 10), ("99999999999999999999999999999999999999", 0),
    ("-0", 0), ("-0x8000000000000000", 0), ("0O777", 0), ("0B_1", 0), ("0b", 2), ("1" * 700, 10),
    ("-" + "9" * 1200, 10), ("f" * 300, 16), ("0x" + "F_f" * 100, 16), ("1_" * 300 + "1", 0),
]
for text, base in PARSE:
    emit("parse", text.encode("unicode_escape").decode("ascii").replace("|", "\\x7c"), base,
         guard(lambda: hex(int(text, base))))

with open(OUT, "w", encoding="ascii") as fh:
    fh.write("# generated by gen_vectors.py with CPython %s; do not edit\n" % sys.version.split()[0])
    fh.write("\n".join(lines) + "\n")
print(len(lines), "vectors written to", OUT)
