# 3M method calls on one instance (done twice, 6M in all): attribute lookup through the class, binding
# (or not) of self, argument passing and return.


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, step):
        self.count += step
        return self.count

    def peek(self):
        return self.count


def main():
    c = Counter()
    acc = 0
    for i in range(2_000_000):
        c.bump(1)
        c.bump(2)
        acc += c.peek() & 3
    return c.count, acc


print("method_calls", *main())
