# complex: coroscope has no complex numbers (complex literals are refused
# when the program is read). The name exists so `isinstance(x, complex)`
# answers as CPython does for every value coroscope can make (False), and
# a call says plainly what is missing instead of a NameError.


class complex:
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("complex numbers are not supported by coroscope yet")
