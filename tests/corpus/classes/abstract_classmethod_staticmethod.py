# @abstractmethod under @classmethod, @staticmethod and @property stays
# abstract, so a class that leaves them out cannot be instantiated.
import abc


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self): ...

    @classmethod
    @abc.abstractmethod
    def make(cls): ...

    @staticmethod
    @abc.abstractmethod
    def helper(): ...


print(Base.__dict__['make'].__isabstractmethod__,
      Base.__dict__['helper'].__isabstractmethod__)
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)


class Half(Base):
    @classmethod
    def make(cls):
        return cls()


try:
    Half.make()
except TypeError as e:
    print(e)


class Full(Half):
    size = 3

    @staticmethod
    def helper():
        return 'help'


print(Full.make().size, Full.helper(), sorted(Full.__abstractmethods__))
print(classmethod(len).__wrapped__ is len, staticmethod(len).__isabstractmethod__)
