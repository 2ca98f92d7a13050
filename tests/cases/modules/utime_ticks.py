# pycopy-exp: ticks_* are MicroPython APIs (no CPython equivalent); wrap-around arithmetic
import utime, time
print(utime is time)
mx = utime.ticks_add(0, -1)
print(mx > 0, utime.ticks_add(mx, 1) == 0)
print(utime.ticks_diff(0, mx), utime.ticks_diff(mx, 0))
t = utime.ticks_add(mx, -5)
later = utime.ticks_add(t, 100)
print(later < t, utime.ticks_diff(later, t), utime.ticks_diff(t, later))
half = (mx + 1) // 2
print(utime.ticks_diff(utime.ticks_add(0, half - 1), 0) == half - 1)
print(utime.ticks_diff(half, 0) == -half)
a = utime.ticks_ms()
utime.sleep_ms(20)
print(utime.ticks_diff(utime.ticks_ms(), a) >= 19)
a = utime.ticks_us()
utime.sleep_us(2000)
print(utime.ticks_diff(utime.ticks_us(), a) >= 1900)
print(utime.ticks_cpu() >= 0)
lt = utime.localtime(0)
print(len(lt), utime.gmtime(86400 * 366)[:3], utime.gmtime(0)[6:8])
print(utime.mktime(utime.localtime(1234567)))
try:
    utime.ticks_add(0, mx)
except OverflowError:
    print("OverflowError")
