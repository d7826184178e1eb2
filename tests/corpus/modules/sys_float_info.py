# sys.float_info and sys.int_info: struct sequences, by name and index.
import sys
print(sys.float_info)
print(sys.int_info, sys.float_info.epsilon, sys.float_info[0], len(sys.float_info), type(sys.float_info).__name__)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0, sys.float_info.max * 2)
