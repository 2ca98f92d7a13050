# pycopy-exp: machine.Timer soft timers firing inside running loops (no CPython equivalent)
import micropython
from machine import Timer
print(Timer.ONE_SHOT, Timer.PERIODIC)
fired = [0, 0]
def hard_cb(t):
    fired[0] += 1
    fired[1] = micropython.heap_locked()
t = Timer(-1, mode=Timer.ONE_SHOT, period=10, callback=hard_cb)
print(t)
while fired[0] == 0:
    pass
print("one-shot", fired[0], "hard (heap locked)", fired[1] > 0)
ticks = []
def soft_cb(t):
    ticks.append(micropython.heap_locked())
    if len(ticks) == 3:
        t.deinit()
p = Timer(-1)
p.init(mode=Timer.PERIODIC, period=2, callback=soft_cb, hard=False)
while len(ticks) < 3:
    pass
# A tick already queued when the third callback deinits may still run on a
# loaded machine: look at the first three.
print("periodic soft", ticks[:3])
# A hard callback cannot allocate.
errs = [0]
def alloc_cb(t):
    try:
        [1, 2, 3]
    except MemoryError:
        errs[0] = 1
Timer(-1, mode=Timer.ONE_SHOT, freq=200, callback=alloc_cb)
while errs[0] == 0:
    pass
print("MemoryError in hard callback", errs[0])
# deinit before the deadline: never fires.
late = []
q = Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=lambda t: late.append(1))
q.deinit()
import time
time.sleep_ms(20)
print("deinit", late)
try:
    Timer(-1, mode=7, period=1)
except ValueError:
    print("ValueError mode")
