# Chaos game: repeatedly jump part of the way towards a randomly chosen vertex
# (or apply a randomly chosen affine map, for a fern), counting how often each
# cell of a grid is visited. Floats, an LCG in pure Python, list indexing.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


def polygon_game(rng, sides, ratio, steps, size):
    verts = []
    # vertices on a circle, built with a rotation recurrence (no trig)
    c = 1.0
    s = 0.0
    # cos/sin of 2*pi/sides via a power series
    ang = 6.283185307179586 / sides
    ca = 1.0
    sa = 0.0
    term = 1.0
    for k in range(1, 20):
        term = term * ang / k
        if k % 4 == 1:
            sa += term
        elif k % 4 == 2:
            ca -= term
        elif k % 4 == 3:
            sa -= term
        else:
            ca += term
    for _ in range(sides):
        verts.append((c, s))
        c, s = c * ca - s * sa, c * sa + s * ca
    grid = [0] * (size * size)
    x = 0.1
    y = 0.2
    prev = -1
    for _ in range(steps):
        v = rng.next() % sides
        if v == prev:
            continue
        prev = v
        vx, vy = verts[v]
        x += (vx - x) * ratio
        y += (vy - y) * ratio
        gx = int((x + 1.0) * 0.5 * (size - 1))
        gy = int((y + 1.0) * 0.5 * (size - 1))
        grid[gy * size + gx] += 1
    return grid


def fern(rng, steps, size):
    grid = [0] * (size * size)
    x = 0.0
    y = 0.0
    for _ in range(steps):
        r = rng.uniform()
        if r < 0.01:
            x, y = 0.0, 0.16 * y
        elif r < 0.86:
            x, y = 0.85 * x + 0.04 * y, -0.04 * x + 0.85 * y + 1.6
        elif r < 0.93:
            x, y = 0.2 * x - 0.26 * y, 0.23 * x + 0.22 * y + 1.6
        else:
            x, y = -0.15 * x + 0.28 * y, 0.26 * x + 0.24 * y + 0.44
        gx = int((x + 3.0) / 6.0 * (size - 1))
        gy = int(y / 10.0 * (size - 1))
        grid[gy * size + gx] += 1
    return grid


def digest(grid):
    h = 0
    filled = 0
    for v in grid:
        h = (h * 131 + v) & 0xFFFFFFFF
        if v:
            filled += 1
    return h, filled


def main():
    rng = Lcg(42)
    a = digest(polygon_game(rng, 5, 0.618, 400_000, 64))
    b = digest(fern(rng, 400_000, 64))
    return a[0], a[1], b[0], b[1]


print("chaos", *main())
