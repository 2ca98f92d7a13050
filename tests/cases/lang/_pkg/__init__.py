# helper package
INIT = "pkg init ran"
__all__ = ["public_name"]
public_name = "public"
hidden_name = "hidden"
