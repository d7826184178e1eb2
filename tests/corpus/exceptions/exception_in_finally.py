def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        print("cleaning up")
        cleanup()


work()
