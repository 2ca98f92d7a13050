# pycopy-exp: Pin.irq handlers and schedule interrupt a tight loop that never touches a pin (no CPython equivalent)
import machine, micropython
from machine import Pin, Timer
btn = Pin(5, Pin.IN, Pin.PULL_UP)
state = [0, 0, 0, 0]
def soft(arg):
    # Scheduled from the hard handler: runs soon after it, heap unlocked.
    state[2] = arg
    state[3] = micropython.heap_locked()
def handler(p):
    state[0] += 1
    state[1] = micropython.heap_locked()
    micropython.schedule(soft, 42)
btn.irq(handler, Pin.IRQ_FALLING)
def press(t):
    # The "outside world": a one-shot timer pulls the button low.
    machine.drive(5, 0)
Timer(-1, mode=Timer.ONE_SHOT, period=20, callback=press)
spins = 0
while state[2] == 0:
    spins += 1
print("handler ran", state[0], "heap locked in handler", state[1] > 0)
print("soft callback", state[2], "heap locked there", state[3] > 0)
print("loop spun", spins > 0)
# A rising edge does not match IRQ_FALLING.
Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=lambda t: machine.drive(5, 1))
while btn.value() == 0:
    pass
print("rising ignored", state[0])
# Two edges while the handler is registered for both.
btn.irq(handler, Pin.IRQ_FALLING | Pin.IRQ_RISING)
state[2] = 0
def wiggle(t):
    machine.drive(5, 0)
Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=wiggle)
while state[2] == 0:
    pass
print("falling delivered", state[0])
btn.irq(None)
