# raise with class, instance, args; raise from; bare raise; re-raise in except
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e.args, str(e))
try:
    raise KeyError("k") from None
except KeyError as e:
    print("from None", e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print("from", e.args)
def reraise():
    try:
        raise IndexError("inner")
    except IndexError:
        print("handling")
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e.args)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e", e.args)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("new in except", e.args)
try:
    raise 5
except TypeError:
    print("TypeError raising non-exception")
try:
    raise object
except TypeError:
    print("TypeError raising non-exception class")
try:
    raise
except RuntimeError:
    print("RuntimeError bare raise with no active exception")
class E(Exception): pass
try:
    raise E()
except E as e:
    print("class instance", isinstance(e, E), isinstance(e, Exception), isinstance(e, BaseException))
