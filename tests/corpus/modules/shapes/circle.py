import math

from shapes import DEFAULT_UNIT


def area(r):
    return f"{math.pi * r * r:.2f} {DEFAULT_UNIT}^2"


print("circle loaded as", __name__)
