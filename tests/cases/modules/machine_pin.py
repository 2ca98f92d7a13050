# pycopy-exp: machine on the simulated board (no CPython equivalent): Pin, Signal, irq, mem32
import machine, umachine, micropython
from machine import Pin, Signal
print(machine is umachine)
led = Pin(2, Pin.OUT)
led.on(); print(led.value())
led.off(); print(led.value())
led.toggle(); print(led())
led.low(); led.high(); print(led.value())
btn = Pin(5, Pin.IN, Pin.PULL_UP)
print(btn.value())
machine.drive(5, 0)
print(btn.value())
machine.drive(5, None)
print(btn.value())
s = Signal(led, invert=True)
s.on(); print(led.value(), s.value())
s.off(); print(led.value(), s.value())
s2 = Signal(7, Pin.OUT)
s2.on(); print(Pin(7).value(), s2())
class Virt(machine.PinBase):
    def __init__(self):
        self.v = 0
    def value(self, *a):
        if a:
            self.v = a[0]
        return self.v
vp = Virt()
vs = Signal(vp, invert=True)
vs.value(1); print(vp.v, vs.value())
state = [0, 0, 0]
def handler(p):
    state[0] += 1
    try:
        x = [1, 2]
    except MemoryError:
        state[1] = 1
    micropython.schedule(later, 7)
def later(arg):
    state[2] = arg
btn.irq(handler, Pin.IRQ_FALLING)
machine.drive(5, 0)
print(state)
machine.drive(5, 1)
print(state)
btn.irq(None)
machine.drive(5, 0)
print(state[0])
machine.mem32[0x40000000] = 0x12345678
print(hex(machine.mem32[0x40000000]), hex(machine.mem8[0x40000001]), hex(machine.mem16[0x40000002]))
try:
    machine.mem32[0x40000002]
except ValueError as e:
    print("ValueError", e)
try:
    machine.mem32[0x10]
except ValueError:
    print("ValueError outside")
st = machine.disable_irq()
machine.enable_irq(st)
print(machine.unique_id(), machine.freq() > 0)
machine.idle()
print(machine.time_pulse_us(btn, 1, 1000))
