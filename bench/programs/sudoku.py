# Puzzle search in the spirit of perf_bench's hexiom: generate sudoku puzzles
# from a shuffled base grid with an LCG, blank most cells, then solve each by
# depth-first search choosing the cell with the fewest candidates, with
# candidate sets kept as bit masks. Lists, bit operations, recursion.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def shuffled(rng, items):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = rng.below(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def make_puzzle(rng, blanks):
    # a valid grid: value at (r, c) from the classic shifted pattern, with rows,
    # columns (within bands) and digits permuted
    bands = shuffled(rng, range(3))
    rows = [b * 3 + r for b in bands for r in shuffled(rng, range(3))]
    stacks = shuffled(rng, range(3))
    cols = [s * 3 + c for s in stacks for c in shuffled(rng, range(3))]
    digits = shuffled(rng, range(1, 10))
    grid = []
    for r in rows:
        for c in cols:
            grid.append(digits[(r * 3 + r // 3 + c) % 9])
    for cell in shuffled(rng, range(81))[:blanks]:
        grid[cell] = 0
    return grid


PEERS = []
for _cell in range(81):
    _r = _cell // 9
    _c = _cell % 9
    _br, _bc = _r - _r % 3, _c - _c % 3
    _p = set()
    for _k in range(9):
        _p.add(_r * 9 + _k)
        _p.add(_k * 9 + _c)
        _p.add((_br + _k // 3) * 9 + _bc + _k % 3)
    _p.discard(_cell)
    PEERS.append(sorted(_p))

ALL = 0x3FE  # bits 1..9


def candidates(grid, cell):
    used = 0
    for p in PEERS[cell]:
        used |= 1 << grid[p]
    return ALL & ~used


class Solver:
    def __init__(self, grid):
        self.grid = grid
        self.nodes = 0

    def solve(self):
        grid = self.grid
        best = -1
        best_mask = 0
        best_count = 10
        for cell in range(81):
            if grid[cell] == 0:
                mask = candidates(grid, cell)
                if mask == 0:
                    return False
                n = 0
                m = mask
                while m:
                    m &= m - 1
                    n += 1
                if n < best_count:
                    best, best_mask, best_count = cell, mask, n
                    if n == 1:
                        break
        if best < 0:
            return True
        for d in range(1, 10):
            if best_mask & (1 << d):
                self.nodes += 1
                grid[best] = d
                if self.solve():
                    return True
        grid[best] = 0
        return False


def main():
    rng = Lcg(2024)
    solved = 0
    nodes = 0
    h = 0
    for _ in range(40):
        s = Solver(make_puzzle(rng, 58))
        if s.solve():
            solved += 1
        nodes += s.nodes
        for v in s.grid:
            h = (h * 10 + v) % 1000000007
    return solved, nodes, h


print("sudoku", *main())
