"""A module with doctests.

>>> 1 + 1
2
"""


def average(values):
    """Return the average of values.

    >>> average([20, 30, 70])
    40.0
    >>> print(average([1, 2, 3]))
    2.0
    >>> average([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    """
    return sum(values) / len(values)


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    >>> for x in s.items:
    ...     x * 10
    10
    20
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push x.

        >>> Stack().push(3) is None
        True
        >>> list(range(20))  # doctest: +ELLIPSIS
        [0, 1, ..., 19]
        """
        self.items.append(x)


def nothing():
    pass


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    doctest.testmod(verbose=True)
