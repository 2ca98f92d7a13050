# Exceptions in a loop: raising and catching a builtin and a user exception,
# try/finally, and a try block that does not raise.


class Fail(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise Fail(i)
    return i


def main():
    caught = 0
    total = 0
    cleanups = 0
    for i in range(600_000):
        try:
            total += check(i)
        except Fail as e:
            caught += 1
            total -= e.args[0] & 1
        try:
            if i % 5 == 0:
                raise KeyError(i)
            total += 1
        except KeyError:
            caught += 1
        finally:
            cleanups += 1
        try:
            total ^= 1
        except ValueError:
            total = -1
    return caught, total, cleanups


print("try_except", *main())
