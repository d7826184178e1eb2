"""Sanity checks for the oracle: `python3 -m unittest discover tests/oracle`."""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "oracle.py")


def run(source, *options, name="prog.py", args=()):
    """Runs `source` under the oracle; returns (stdout, stderr, exit code)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(textwrap.dedent(source))
        proc = subprocess.run(
            [sys.executable, ORACLE, *options, path, *args],
            capture_output=True,
            timeout=60,
        )
        return proc.stdout.decode(), proc.stderr.decode(), proc.returncode


SIX_SLEEPERS = """
    import asyncio

    async def worker(i):
        await asyncio.sleep(0.1)
        print(f"wake {i}")

    async def main():
        await asyncio.gather(*(worker(i) for i in range(6)))

    asyncio.run(main())
"""


class VirtualClockTest(unittest.TestCase):
    def test_equal_deadlines_wake_in_scheduling_order(self):
        out, err, code = run(SIX_SLEEPERS)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "".join(f"wake {i}\n" for i in range(6)))

    def test_ties_heap_shows_heap_order(self):
        out, err, code = run(SIX_SLEEPERS, "--ties", "heap")
        self.assertEqual(code, 0, err)
        order = [line.split()[1] for line in out.splitlines()]
        self.assertEqual(order, ["0", "2", "5", "4", "1", "3"])

    def test_loop_time_after_sleep_is_exact(self):
        out, err, code = run("""
            import asyncio

            async def main():
                loop = asyncio.get_running_loop()
                print(repr(loop.time()))
                await asyncio.sleep(1)
                print(repr(loop.time()))
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.2)
                print(repr(loop.time()))

            asyncio.run(main())
        """)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "0.0\n1.0\n1.3\n")

    def test_time_sleep_in_coroutine_advances_loop_time(self):
        out, err, code = run("""
            import asyncio, time

            async def main():
                loop = asyncio.get_running_loop()
                t0 = loop.time()
                time.sleep(2)
                print(loop.time() - t0, time.time(), time.monotonic(),
                      time.perf_counter())

            asyncio.run(main())
        """)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "2.0 2.0 2.0 2.0\n")

    def test_time_sleep_without_loop_takes_no_wall_time(self):
        out, err, code = run("""
            import time
            start = time.monotonic()
            time.sleep(3600)
            print(time.monotonic() - start)
        """)
        self.assertEqual((out, code), ("3600.0\n", 0), err)

    def test_call_later_zero_runs_after_call_soon(self):
        out, err, code = run("""
            import asyncio

            async def main():
                loop = asyncio.get_running_loop()
                loop.call_later(0, print, "later 0")
                loop.call_soon(print, "soon")
                loop.call_at(loop.time(), print, "at now")
                await asyncio.sleep(0.01)

            asyncio.run(main())
        """)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "soon\nlater 0\nat now\n")

    def test_long_sleep_lands_exactly(self):
        out, err, code = run("""
            import asyncio

            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.sleep(200000.3)
                print(repr(loop.time()))

            asyncio.run(main())
        """)
        self.assertEqual((out, code), ("200000.3\n", 0), err)

    def test_deadlock_is_reported(self):
        out, err, code = run("""
            import asyncio

            async def main():
                print("waiting")
                await asyncio.get_running_loop().create_future()

            asyncio.run(main())
        """)
        self.assertEqual(out, "waiting\n")
        self.assertEqual(code, 1)
        self.assertIn("deadlock", err.splitlines()[-1])


class RaceCheckTest(unittest.TestCase):
    def races(self, source):
        with tempfile.TemporaryDirectory() as tmp:
            report = os.path.join(tmp, "races.txt")
            out, err, code = run(source, "--race-report", report)
            self.assertEqual(code, 0, err)
            if not os.path.exists(report):
                return []
            with open(report) as f:
                return f.read().splitlines()

    def test_same_iteration_ties_are_safe(self):
        self.assertEqual(self.races(SIX_SLEEPERS), [])

    def test_tie_after_own_wakeup_is_safe(self):
        # A sleeps 0.2 at t=0; B sleeps 0.1 twice: B is surely later.
        self.assertEqual(self.races("""
            import asyncio

            async def a():
                await asyncio.sleep(0.2)

            async def b():
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.1)

            async def main():
                await asyncio.gather(a(), b())

            asyncio.run(main())
        """), [])

    def test_tie_after_different_wakeups_is_racy(self):
        # C: 0.05 then 0.15; B: 0.1 then 0.1 (ASYNCIO_SEMANTICS.md 8.1).
        lines = self.races("""
            import asyncio

            async def b():
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.1)

            async def c():
                await asyncio.sleep(0.05)
                await asyncio.sleep(0.15)

            async def main():
                await asyncio.gather(b(), c())

            asyncio.run(main())
        """)
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("racy timers at t=0.2", lines[0])


class ProgramEnvironmentTest(unittest.TestCase):
    def test_runs_as_main_from_its_folder(self):
        out, err, code = run("""
            import os, sys
            print(__name__, sys.argv, os.path.basename(__file__))
            print(os.path.isfile("prog.py"), os.path.isabs(__file__))
        """, args=["x", "y"])
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "__main__ ['prog.py', 'x', 'y'] prog.py\nTrue True\n")

    def test_hash_seed_is_fixed(self):
        src = 'print(hash("coroscope"), list({"a", "b", "c", "d", "e"}))\n'
        first = run(src)
        self.assertEqual(first[2], 0, first[1])
        self.assertEqual(first, run(src))

    def test_uncaught_exception_traceback(self):
        out, err, code = run("""
            def inner():
                raise ValueError("bad value")

            def outer():
                inner()

            print("before")
            outer()
        """)
        self.assertEqual((out, code), ("before\n", 1))
        self.assertEqual(err, textwrap.dedent("""\
            Traceback (most recent call last):
              File "prog.py", line 9, in <module>
                outer()
              File "prog.py", line 6, in outer
                inner()
              File "prog.py", line 3, in inner
                raise ValueError("bad value")
            ValueError: bad value
        """))

    def test_library_paths_are_normalised(self):
        out, err, code = run("""
            import asyncio

            async def main():
                raise KeyError("k")

            asyncio.run(main())
        """)
        self.assertEqual(code, 1)
        self.assertIn('File "<stdlib>/asyncio/runners.py"', err)
        self.assertIn('File "prog.py", line 5, in main', err)
        self.assertEqual(err.splitlines()[-1], "KeyError: 'k'")
        self.assertNotIn("oracle", err)

    def test_sys_exit_code(self):
        out, err, code = run("import sys\nprint('bye')\nsys.exit(3)\n")
        self.assertEqual((out, err, code), ("bye\n", "", 3))

    def test_never_awaited_warning_names_the_program(self):
        out, err, code = run("""
            async def work():
                pass

            work()
            print("after")
        """)
        self.assertEqual((out, code), ("after\n", 0))
        self.assertTrue(err.startswith(
            "prog.py:5: RuntimeWarning: coroutine 'work' was never awaited\n"), err)


class RecordTest(unittest.TestCase):
    """record.py works on any folder, not only the corpus (content/ uses it)."""

    RECORD = os.path.join(os.path.dirname(ORACLE), "record.py")

    def record(self, *args):
        return subprocess.run(
            [sys.executable, self.RECORD, *args], capture_output=True, text=True, timeout=120
        )

    def test_records_a_program_outside_the_corpus(self):
        with tempfile.TemporaryDirectory() as tmp:
            prog = os.path.join(tmp, "scenario.py")
            with open(prog, "w") as f:
                f.write("import sys\nprint('out')\nsys.exit(2)\n")
            proc = self.record(tmp)
            self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
            with open(os.path.join(tmp, "scenario.out")) as f:
                self.assertEqual(f.read(), "out\n")
            with open(os.path.join(tmp, "scenario.code")) as f:
                self.assertEqual(f.read(), "2\n")
            self.assertEqual(self.record("--check", prog).returncode, 0)

    def test_refuses_a_nondeterministic_program(self):
        with tempfile.TemporaryDirectory() as tmp:
            prog = os.path.join(tmp, "addr.py")
            with open(prog, "w") as f:
                f.write("print(object())\n")
            proc = self.record(prog)
            self.assertEqual(proc.returncode, 1)
            self.assertIn("addr.py: nondeterministic stdout", proc.stdout)
            self.assertFalse(os.path.exists(os.path.join(tmp, "addr.out")))


if __name__ == "__main__":
    unittest.main()
