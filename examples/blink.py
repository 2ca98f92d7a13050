# Blink a simulated LED, read a simulated button through Signal, and compare
# heap fragmentation under the two collectors.
#
# Run (unix port):
#   pycopy -X gc=marksweep examples/blink.py
#   pycopy -X gc=compact   examples/blink.py
# An outside process can press the button (pin 5, active low) by writing
# "5=0" / "5=1" lines to the file named by PYCOPY_BOARD, and watch the LED in
# the file named by PYCOPY_BOARD_OUT:
#   PYCOPY_BOARD=/tmp/board.in PYCOPY_BOARD_OUT=/tmp/board.out pycopy examples/blink.py
import gc
import utime
from machine import Pin, Signal
import machine

led = Pin(2, Pin.OUT)
button = Signal(Pin(5, Pin.IN, Pin.PULL_UP), invert=True)

for i in range(6):
    led.toggle()
    print("led", led.value(), "button pressed" if button.value() else "button up")
    if i == 3:
        machine.drive(5, 0)  # simulate a press from inside the program
    utime.sleep_ms(50)
machine.drive(5, None)

# Fragmentation workload: interleave small and large blocks, drop the small.
keep = []
drop = []
for i in range(300):
    drop.append(bytearray(64))
    keep.append(bytearray(16))
drop = None
gc.collect()
info = gc.info()
print("collector:", info["collector"])
print("free bytes:", info["free"], "largest free block:", info["largest_free"])
print("fragmentation: %d%%" % (100 - 100 * info["largest_free"] // max(info["free"], 1)))
