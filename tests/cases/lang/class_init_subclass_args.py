# constructing instances with positional/keyword/default args and validating in __init__
class Account:
    bank = "PyBank"
    def __init__(self, owner, balance=0, *, currency="EUR"):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner, self.balance, self.currency = owner, balance, currency
    def __repr__(self):
        return "Account(%r, %r, %r)" % (self.owner, self.balance, self.currency)
print(Account("ann"), Account("bob", 10), Account(owner="cy", currency="USD"), Account("d", balance=5))
for args, kw in ((("e", -1), {}), ((), {}), (("f", 1, "USD"), {})):
    try:
        Account(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
