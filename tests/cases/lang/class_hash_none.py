# defining __eq__ without __hash__ makes instances unhashable; __hash__ = None explicitly too
class A:
    def __eq__(self, o): return True
class B:
    __hash__ = None
class C(A):
    def __hash__(self): return 7
for cls in (A, B, C):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError:
        print(cls.__name__, "unhashable")
print(len({C(), C()}))
