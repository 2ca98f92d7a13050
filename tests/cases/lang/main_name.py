# __name__ is "__main__" in the script, and the module name in imports
print(__name__)
if __name__ == "__main__":
    print("running as main")
import _helper_mod
print(_helper_mod.__name__ == "_helper_mod")
def main():
    return "main called"
if __name__ == "__main__":
    print(main())
