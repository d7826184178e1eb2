# unittest.main(): dots, a failure, an error, a skip, an expected failure
# and a failing subtest, with the summary on stderr and exit status 1.
import unittest

class TestMath(unittest.TestCase):
    def setUp(self):
        print("setUp", self._testMethodName)
    def tearDown(self):
        print("tearDown")
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        {}["x"]
    @unittest.skip("not today")
    def test_skip(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertIn(2, [1, 2]); self.assertTrue(True); self.assertIsNone(None)
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def test_a(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

if __name__ == "__main__":
    unittest.main()
