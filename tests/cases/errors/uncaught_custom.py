# expect-exit: 1
# a user-defined exception escaping the main module ends the process with status 1
class AppError(Exception):
    pass
print("working")
raise AppError("fatal")
