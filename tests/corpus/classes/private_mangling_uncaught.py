# Reading a missing private attribute inside a class names the mangled
# attribute in the error.


class Sensor:
    def __init__(self):
        self.__reading = 21.5

    def calibrated(self):
        return self.__reading + self.__offset


s = Sensor()
print(s._Sensor__reading)
print(s.calibrated())
