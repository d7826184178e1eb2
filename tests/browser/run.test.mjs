// The page runs the editor's program with the engine compiled to wasm and
// shows what the native CLI prints for the same program.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageOutput, runCli, runInPage, runNumber, test, toEnd, waitForRun } from "./harness.mjs";

/** Deep but legal: each nests Rust calls in the engine as far as it allows. */
const DEEP_PROGRAMS = {
  "recursion to the limit": "def f(n):\n    return f(n + 1)\n\nf(0)\n",
  "recursion through __init__": [
    "class Node:",
    "    def __init__(self, n):",
    "        self.child = Node(n + 1)",
    "",
    "Node(0)",
    "",
  ].join("\n"),
  "recursion through __eq__": [
    "class A:",
    "    def __init__(self, n):",
    "        self.n = n",
    "    def __eq__(self, other):",
    "        return self.n == 0 or A(self.n - 1) == A(other.n - 1)",
    "",
    "print(A(5000) == A(5000))",
    "",
  ].join("\n"),
  "recursion through a sort key": [
    "def f(n):",
    "    return 0 if n == 0 else sorted([1], key=lambda x: f(n - 1))[0]",
    "",
    "print(f(1000))",
    "",
  ].join("\n"),
  "199 nested brackets": `x = ${"(".repeat(199)}1${")".repeat(199)}\nprint(x)\n`,
  "999 chained operators": `print(${Array(999).fill("1").join(" + ")})\n`,
  "990 nested lists": [
    "x = y = []",
    "for _ in range(990):",
    "    x, y = [x], [y]",
    "print(len(repr(x)), x == y)",
    "",
  ].join("\n"),
  "a long regular expression match": 'import re\nprint(len(re.match(r"(a|b)*", "ab" * 1000).group(0)))\n',
};

export const tests = [
  test("the default program's output equals `coroscope run`", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    const program = readFileSync(join(root, "content", "default.py"), "utf8");
    const expected = runCli(root, program);
    assert.equal(expected.status, 0);
    await toEnd(page);
    const shown = await pageOutput(page);
    assert.equal(shown.stdout, expected.stdout);
    assert.equal(shown.stderr, expected.stderr);
    assert.match(await page.textContent(".run-status"), /^finished · \d+ steps · \d+ ms$/);
  }),

  test("an edit re-runs the program after a pause in typing", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const before = await runNumber(page);
    const editor = page.locator("#editor");
    await editor.fill("print('one')\n");
    await editor.press("End");
    await editor.pressSequentially("print('two')");
    await waitForRun(page, before + 1);
    // Typing quickly is one run, not one per key.
    assert.equal(await runNumber(page), before + 1);
    await toEnd(page);
    assert.equal((await pageOutput(page)).stdout, "one\ntwo\n");
  }),

  test("Ctrl+Enter and the Run button run the program at once", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const before = await runNumber(page);
    await page.fill("#editor", "print(6 * 7)");
    await page.press("#editor", "Control+Enter");
    await waitForRun(page, before + 1);
    await toEnd(page);
    assert.equal((await pageOutput(page)).stdout, "42\n");
    // Ctrl+Enter ran it; it did not add a line.
    assert.equal(await page.inputValue("#editor"), "print(6 * 7)");
    await page.getByRole("button", { name: "Run the program" }).click();
    await waitForRun(page, before + 2);
  }),

  test("a RecursionError is a Python traceback, not a panic", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    const program = DEEP_PROGRAMS["recursion to the limit"];
    await runInPage(page, program);
    const { stdout, stderr } = await pageOutput(page);
    assert.equal(stderr.trimEnd().split("\n").at(-1), "RecursionError: maximum recursion depth exceeded");
    assert.equal(stderr, runCli(root, program).stderr);
    assert.equal(stdout, "");
    assert.equal(await page.textContent(".run-status").then((s) => s.startsWith("exit code 1")), true);
    assert.equal(await page.locator("#panic-banner").count(), 0);
  }),

  test("deep but legal programs print what the CLI prints", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    for (const [name, program] of Object.entries(DEEP_PROGRAMS)) {
      await runInPage(page, program);
      const expected = runCli(root, program);
      const shown = await pageOutput(page);
      // The page's regular expressions nest less deeply (the browser's call
      // stack is small): a match the CLI makes may be refused, never crash.
      if (name.includes("regular expression")) {
        assert.match(shown.stderr, /RuntimeError: regular expression too complex/, name);
        continue;
      }
      assert.equal(shown.stdout, expected.stdout, name);
      assert.equal(shown.stderr, expected.stderr, name);
    }
    assert.equal(await page.locator("#panic-banner").count(), 0);
  }),

  test(
    "containers nested past the recursion limit raise RecursionError, as in CPython",
    async ({ page, open }) => {
      await open("/");
      await waitForRun(page);
      // 100,000 nested lists: repr recurses once per level in Rust, and
      // stops at the recursion limit as CPython's C recursion does.
      await page.fill("#editor", "x = []\nfor _ in range(100000):\n    x = [x]\nprint(repr(x)[:3])\n");
      await page.click(".run-button");
      await page.getByRole("button", { name: "Jump to the end", exact: true }).click().catch(() => {});
      await page.waitForFunction(
        () =>
          document.getElementById("panic-banner") ||
          document.querySelector(".output-stderr")?.textContent.includes("RecursionError"),
        null,
        { timeout: 15_000 },
      );
      assert.equal(await page.locator("#panic-banner").count(), 0, "the page broke");
      const stderr = await page.textContent(".output-stderr");
      assert.ok(
        stderr.includes("RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        stderr,
      );
    },
  ),
];
