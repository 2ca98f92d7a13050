# helper module for import tests (not a test itself)
print("loading _helper_mod, __name__ =", __name__)
VALUE = 42
LOADS = 1
_count = 0
def add(a, b):
    return a + b
def counter():
    global _count
    _count += 1
    return _count
class Thing:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
if __name__ == "__main__":
    print("never printed on import")
