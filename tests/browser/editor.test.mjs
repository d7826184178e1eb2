// The editor: highlighting from the engine's lexer, line numbers, errors at
// their line, and the Python editing keys.

import assert from "node:assert/strict";
import { runCli, runInPage, test, waitForRun } from "./harness.mjs";

/** Fills the editor with `text` and selects `start..end` (or puts the caret at `start`). */
async function setEditor(page, text, start = text.length, end = start) {
  await page.fill("#editor", text);
  await page.focus("#editor");
  await page.evaluate(
    ([s, e]) => document.getElementById("editor").setSelectionRange(s, e),
    [start, end],
  );
}

const editorValue = (page) => page.inputValue("#editor");
const selection = (page) =>
  page.evaluate(() => {
    const e = document.getElementById("editor");
    return [e.selectionStart, e.selectionEnd];
  });

export const tests = [
  test("the program is highlighted as text, with a line number per line", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const source = await editorValue(page);
    const layer = page.locator(".code-highlight");
    assert.equal((await layer.textContent()).trimEnd(), source.trimEnd());
    assert.equal(await layer.locator(".tok-keyword").first().textContent(), "import");
    assert.ok((await layer.locator(".tok-string, .tok-fstring").count()) > 0, "no strings coloured");
    const lines = source.split("\n").length;
    assert.deepEqual(
      await page.locator(".gutter-line").allTextContents(),
      Array.from({ length: lines }, (_, i) => String(i + 1)),
    );

    // The program's text never becomes markup.
    await setEditor(page, "print('<b>bold</b>')  # <i>\n");
    await page.waitForFunction(() =>
      document.querySelector(".code-highlight").textContent.includes("<b>bold</b>"),
    );
    assert.equal(await layer.locator("b, i").count(), 0);
  }),

  test("a syntax error is underlined, with its message at its line", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    const program = "import asyncio\n\nif True\n    print('x')\n";
    await runInPage(page, program);
    const expected = runCli(root, program).stderr.trimEnd().split("\n").at(-1);
    assert.equal(expected, "SyntaxError: expected ':'");

    const message = page.locator(".code-message");
    assert.equal(await message.textContent(), expected);
    assert.equal(await page.textContent("#editor-diagnostic"), `Line 3: ${expected}`);
    assert.equal(await page.locator(".gutter-error").textContent(), "3");
    assert.ok((await page.textContent(".code-error")).length > 0, "nothing underlined");

    // The message sits on line 3's row, after the code.
    const row = await page.locator(".gutter-line").nth(2).boundingBox();
    const box = await message.boundingBox();
    const middle = box.y + box.height / 2;
    assert.ok(middle > row.y && middle < row.y + row.height, `message at y=${middle}, line 3 at ${row.y}`);
    assert.equal(await page.getAttribute("#editor", "aria-invalid"), "true");

    // Fixing it clears the error.
    await runInPage(page, program.replace("if True", "if True:"));
    assert.equal(await message.count(), 0);
    assert.equal(await page.locator(".gutter-error").count(), 0);
  }),

  test("Tab and Shift+Tab indent and dedent, and Ctrl+Z undoes", async ({ page, open }) => {
    await open("/");
    await setEditor(page, "ab");
    await page.keyboard.press("Tab");
    assert.equal(await editorValue(page), "ab  ");
    assert.deepEqual(await selection(page), [4, 4]);

    await setEditor(page, "x = 1\ny = 2\nz = 3", 0, 8);
    await page.keyboard.press("Tab");
    assert.equal(await editorValue(page), "    x = 1\n    y = 2\nz = 3");
    await page.keyboard.press("Tab");
    assert.equal(await editorValue(page), "        x = 1\n        y = 2\nz = 3");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await editorValue(page), "    x = 1\n    y = 2\nz = 3");
    await page.keyboard.press("Control+z");
    assert.equal(await editorValue(page), "        x = 1\n        y = 2\nz = 3");
    // The focus stayed in the editor all along.
    assert.equal(await page.evaluate(() => document.activeElement.id), "editor");
  }),

  test("Enter keeps the indentation and indents after a colon", async ({ page, open }) => {
    await open("/");
    await setEditor(page, "async def main():");
    await page.keyboard.press("Enter");
    await page.keyboard.type("for i in range(3):  # count");
    await page.keyboard.press("Enter");
    await page.keyboard.type("print(i)");
    await page.keyboard.press("Enter");
    await page.keyboard.type("x = i");
    assert.equal(
      await editorValue(page),
      "async def main():\n    for i in range(3):  # count\n        print(i)\n        x = i",
    );
  }),

  test("Ctrl+/ toggles comments on the selected lines", async ({ page, open }) => {
    await open("/");
    const program = "def f():\n    a = 1\n\n    b = 2\n";
    await setEditor(page, program, program.indexOf("a"), program.indexOf("2"));
    await page.keyboard.press("Control+/");
    assert.equal(await editorValue(page), "def f():\n    # a = 1\n\n    # b = 2\n");
    await page.keyboard.press("Control+/");
    assert.equal(await editorValue(page), program);
  }),

  test("Escape, then Tab, leaves the editor", async ({ page, open }) => {
    await open("/");
    await setEditor(page, "x = 1");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    assert.equal(await editorValue(page), "x = 1");
    assert.notEqual(await page.evaluate(() => document.activeElement.id), "editor");
  }),
];
