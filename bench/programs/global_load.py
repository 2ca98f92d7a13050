# Module-level (global) variable loads and stores inside a function loop.

ALPHA = 3
BETA = 5
GAMMA = 7
counter = 0


def main():
    global counter
    total = 0
    for i in range(5_000_000):
        total += ALPHA + BETA + GAMMA
        counter = counter + 1
    return total, counter


print("global_load", *main())
