# import of packages: __init__, submodules, from-package import, relative imports inside
import _pkg
print(_pkg.INIT, _pkg.__name__)
import _pkg.sub
print(_pkg.sub.NAME, _pkg.sub.__name__, _pkg.sub.helper())
from _pkg import sub
print(sub is _pkg.sub)
from _pkg.sub import helper as h
print(h())
from _pkg.deep.leaf import leaf_value, uses_relative
print(leaf_value(), uses_relative())
import _pkg.deep.leaf as leaf
print(leaf.__name__)
from _pkg import *
print(public_name)
try:
    hidden_name
except NameError:
    print("NameError: __all__ limits star import")
