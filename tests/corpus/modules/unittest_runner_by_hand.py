# unittest by hand: a loader, a quiet runner, then main(exit=False).
import unittest

def add(a, b):
    return a + b

class T(unittest.TestCase):
    def test_add(self):
        self.assertEqual(add(2, 3), 5)
    def test_strings(self):
        self.assertEqual(add("a", "b"), "ab")
        self.assertNotEqual(add(1, 1), 3)
        self.assertAlmostEqual(add(0.1, 0.2), 0.3, places=5)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
    @unittest.skipIf(True, "never")
    def test_skipped(self):
        pass

suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TextTestRunner(verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.skipped), result.wasSuccessful())
unittest.main(exit=False)
print("after main")
