# __debug__ is a constant True (no -O): in functions, conditions, classes
def f():
    return __debug__


class C:
    flag = __debug__


print(__debug__, f(), C.flag, "on" if __debug__ else "off")
if __debug__:
    print("debug branch")
