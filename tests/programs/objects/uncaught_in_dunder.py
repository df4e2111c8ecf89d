# Ends with an uncaught TypeError raised by a failed operator inside a __add__ chain.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if other == 0:
            return self
        if self.currency != other.currency:
            raise TypeError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __repr__(self):
        return f"{self.amount} {self.currency}"


wallet = [Money(5, "EUR"), Money(7, "EUR")]
print(sum(wallet))
wallet.append(Money(1, "USD"))
print(len(wallet))
print(sum(wallet))
