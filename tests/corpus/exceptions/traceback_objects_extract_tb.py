import sys, traceback
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    print(sys.exc_info()[2].tb_lineno)
    print(traceback.format_exc().splitlines()[-1])
    traceback.print_exc()
    print(traceback.format_exception(e)[-1], end="")
    s = traceback.extract_tb(tb)
    print([(fs.name, fs.lineno) for fs in s])
    print(traceback.format_tb(tb))
    print(traceback.extract_tb(tb)[-1], list(traceback.extract_tb(tb)[0]))
    traceback.print_tb(tb)
    for fr, ln in traceback.walk_tb(tb): print(fr.f_code.co_name, ln)
