# helper submodule
NAME = "sub"
def helper():
    return "helper in " + __name__
