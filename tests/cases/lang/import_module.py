# import of sibling .py helper modules: import, from-import, as, module attributes, caching
import _helper_mod
print(_helper_mod.VALUE, _helper_mod.add(2, 3), _helper_mod.__name__)
from _helper_mod import add, VALUE as V
print(add(1, 1), V)
import _helper_mod as hm
print(hm is _helper_mod, hm.counter())
import _helper_mod
print(_helper_mod.counter(), _helper_mod.LOADS)
from _helper_mod import Thing
print(Thing(3).double())
hm.VALUE = "changed"
import _helper_mod as again
print(again.VALUE)
try:
    import _no_such_module_here
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
try:
    from _helper_mod import nonexistent
except ImportError:
    print("ImportError name")
def local_import():
    import _helper_mod as m
    return m.add(10, 20)
print(local_import())
print(__name__)
