# helper subpackage
DEEP = "deep"
