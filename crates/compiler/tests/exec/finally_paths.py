def order():
    try:
        try:
            try:
                return "value"
            finally:
                print("inner")
        finally:
            print("middle")
    finally:
        print("outer")

print(order())

def break_in_except():
    out = []
    try:
        for i in range(5):
            try:
                if i == 2:
                    raise KeyError(i)
                out.append(i)
            except KeyError:
                out.append("k")
                break
            finally:
                out.append("f")
    finally:
        out.append("end")
    return out

print(break_in_except())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                raise ValueError("swallowed by continue")
        finally:
            continue
    return out

print(continue_in_finally())

def finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except ValueError:
        return "value"
    except KeyError as e:
        return "key " + repr(e)

print(finally_replaces())

def while_try(n):
    i = 0
    hits = []
    while i < n:
        i += 1
        try:
            if i % 3 == 0:
                continue
            if i > 7:
                return hits
            hits.append(i)
        except ValueError:
            pass
        finally:
            hits.append(-i)
    return hits

print(while_try(5), while_try(20))

def return_value_kept():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x now", x)

print(return_value_kept())

def handler_name_scoping():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        print("in handler", e)
    try:
        print(e)
    except UnboundLocalError:
        print("e unbound after handler")

handler_name_scoping()

def raise_from():
    try:
        try:
            1 // 0
        except ZeroDivisionError as z:
            raise ValueError("wrapped") from z
    except ValueError as v:
        return str(v)

print(raise_from())

def loop_del(n):
    out = []
    x = 0
    for i in range(n):
        try:
            out.append(x)
        except UnboundLocalError:
            out.append("unbound")
        if i == 1:
            del x
    return out

print(loop_del(4))

def deep_return(n):
    for i in range(n):
        for j in range(n):
            try:
                if i * j == 2:
                    return (i, j)
            finally:
                pass
    return None

print(deep_return(4))
