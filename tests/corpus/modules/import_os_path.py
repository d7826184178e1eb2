import os.path
import os.path as osp
from os.path import join, splitext
from os import path
print(os.path.join("a", "b"), osp.basename("/x/y.txt"), join("c", "d"), splitext("f.tar.gz"), path is os.path)
import sys
print("os.path" in sys.modules, os.path.sep)
