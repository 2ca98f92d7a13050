# Calling closures: functions reading (and one writing, via nonlocal) variables
# of an enclosing scope.


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    n = 0

    def step(d):
        nonlocal n
        n += d
        return n
    return step


def main():
    add3 = make_adder(3)
    add5 = make_adder(5)
    step = make_counter()
    acc = 0
    for i in range(2_000_000):
        acc = (acc + add3(i) - add5(i)) & 0xFFFFFF
        step(1)
    return acc, step(0)


print("closure_calls", *main())
