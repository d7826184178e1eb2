from .. import sub as s2
from ..sub import thing as t2
from . import leaf

VALUE = (s2.thing, t2, leaf.LEAF)
