# urllib: the package; its one module is urllib.parse.
