# pycopy-exp: micropython module (no CPython equivalent): heap lock, const, schedule, opt_level, aliases
import micropython, pycopy
print(micropython is pycopy)
print(micropython.const(42))
micropython.heap_lock()
print(micropython.heap_locked())
try:
    x = [1, 2, 3]
    r = "no error"
except MemoryError:
    r = "MemoryError"
print(micropython.heap_unlock(), micropython.heap_locked())
print(r)
seen = []
def cb(arg):
    seen.append(arg)
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print(seen)
import utime
utime.sleep_ms(1)
print(seen)
def filler(_):
    # Callbacks do not nest: these wait until filler returns.
    for i in range(4):
        micropython.schedule(cb, i)
    try:
        micropython.schedule(cb, 9)
    except RuntimeError:
        print("RuntimeError full")
micropython.schedule(filler, None)
utime.sleep_ms(1)
print(seen)
micropython.opt_level(2)
print(micropython.opt_level())
micropython.alloc_emergency_exception_buf(100)
micropython.kbd_intr(-1)
print(micropython.stack_use() > 0)
