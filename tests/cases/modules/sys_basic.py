# sys basics that agree with CPython: platform, byteorder, argv, path, modules, exit, stdout
import sys
print(sys.platform, sys.byteorder)
print(type(sys.argv), type(sys.path), "sys" in sys.modules)
print(sys.maxsize > 2**31)
print(sys.implementation.name in ("micropython", "cpython"))
sys.stdout.write("written\n")
print(sys.exc_info() == (None, None, None))
try:
    raise ValueError("v")
except ValueError:
    t, v, _ = sys.exc_info()
    print(t is ValueError, v.args)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.args)
print("end", file=sys.stderr)
