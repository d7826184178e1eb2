# A package whose modules import each other relatively.
from .sub import thing
from . import sub

__all__ = ["thing"]
