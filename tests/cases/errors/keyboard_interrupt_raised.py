# KeyboardInterrupt raised manually is a BaseException: not caught by except Exception
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("never")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", e.args, isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise GeneratorExit("g")
except BaseException as e:
    print(type(e).__name__, e.args)
