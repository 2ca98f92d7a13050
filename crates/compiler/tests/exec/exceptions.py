def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return 1 // 0
        if x == 2:
            return [][1]
        r = "ok"
    except ValueError as e:
        r = "value " + str(e)
    except (ZeroDivisionError, KeyError) as e:
        r = "arith " + type(e).__name__
    except LookupError:
        r = "lookup"
    else:
        r = r + " else"
    finally:
        print("finally", x)
    return r

for i in range(4):
    print(f(i))

def through_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%s" % i)
    return out

print(through_finally())

def return_in_finally():
    try:
        return "body"
    finally:
        print("cleanup")

print(return_in_finally())

def override():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(override())

def nested_handlers():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("v")
    except ValueError as e:
        return "outer caught " + str(e)

print(nested_handlers())

def reraise():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            raise
    except TypeError as e:
        return "reraised " + str(e)

print(reraise())

def handler_var_deleted():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except NameError:
        return "e was deleted"
    except UnboundLocalError:
        return "e was deleted (unbound)"

print(handler_var_deleted())

def unbound(c):
    if c:
        v = 1
    try:
        return v
    except UnboundLocalError:
        return "unbound"

print(unbound(True), unbound(False))

def deleted():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError:
        print("deleted")

deleted()

def asserts(x):
    try:
        assert x > 0, "must be positive"
        return "fine"
    except AssertionError as e:
        return "assert " + str(e)

print(asserts(1), asserts(-1))

def loop_with_try():
    total = 0
    for i in range(6):
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        except ValueError as e:
            total += 100
            if i == 5:
                break
            continue
        finally:
            total += 1000
    return total

print(loop_with_try())

def exc_in_handler():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
        finally:
            print("inner finally")
    except KeyError as e:
        print("got", repr(e))
    try:
        raise
    except RuntimeError:
        print("no active exception")

exc_in_handler()
