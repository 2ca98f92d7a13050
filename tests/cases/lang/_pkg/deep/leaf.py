# helper leaf module using relative imports
from . import DEEP
from ..sub import NAME
def leaf_value():
    return "leaf"
def uses_relative():
    return DEEP + "+" + NAME
