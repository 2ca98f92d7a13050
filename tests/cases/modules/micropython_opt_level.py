# pycopy-exp: micropython.opt_level (no CPython equivalent): asserts and __debug__ in code compiled after the level changes
import micropython
print(micropython.opt_level(), __debug__)
try:
    assert False, "level 0"
except AssertionError as e:
    print("assert ran:", e)
micropython.opt_level(1)
print(micropython.opt_level())
exec("assert False, 'x'\nprint('assert skipped, __debug__ =', __debug__)")
micropython.opt_level(0)
exec("print('back to', __debug__)")
