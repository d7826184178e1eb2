import asyncio
import unittest


async def fetch(x):
    await asyncio.sleep(0.5)
    return x * 2


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class TestStack(unittest.TestCase):
    """Tests of the stack."""

    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        """Pushing then popping gives the item back."""
        self.s.push(1)
        self.assertEqual(self.s.pop(), 1)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
        self.assertIsInstance(self.s, Stack)


class TestAsync(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.loop_time = asyncio.get_running_loop().time()

    async def test_fetch(self):
        self.assertEqual(await fetch(21), 42)

    async def test_gather(self):
        results = await asyncio.gather(fetch(1), fetch(2))
        self.assertEqual(results, [2, 4])
        print("took", asyncio.get_running_loop().time() - self.loop_time)


if __name__ == "__main__":
    unittest.main(verbosity=2)
