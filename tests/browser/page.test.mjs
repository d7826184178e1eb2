// The page shell: it renders, holds the default program, follows the
// system's colour scheme, and shows a banner when Rust panics.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, waitForRun } from "./harness.mjs";

export const tests = [
  test("the page renders the header, the editor and the panels", async (ctx) => {
    const { page, open, root } = ctx;
    await open("/");
    assert.equal(await page.title(), "coroscope");
    assert.equal((await page.textContent(".app-header h1"))?.trim(), "coroscope");

    const program = readFileSync(join(root, "content", "default.py"), "utf8");
    assert.equal(await page.inputValue("#editor"), program);

    const titles = await page.locator(".panel-title").allTextContents();
    for (const title of ["Program", "Output", "Event loop", "Tasks", "Futures", "Timeline"]) {
      assert.ok(titles.includes(title), `no "${title}" panel among ${JSON.stringify(titles)}`);
    }
    assert.equal(await page.locator("#panic-banner").count(), 0, "a panic banner is showing");
  }),

  test("every control has an accessible name and works once the run is recorded", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const controls = page.locator(".controls button, .controls select, .controls input");
    assert.ok((await controls.count()) >= 8, "the controls bar is incomplete");
    for (const control of await controls.all()) {
      assert.ok(await control.getAttribute("aria-label"), `${await control.evaluate((e) => e.outerHTML)} has no aria-label`);
      assert.ok(await control.isEnabled(), `${await control.getAttribute("aria-label")} is disabled`);
    }
    for (const name of ["Restart", "Step back", "Play", "Step forward", "Jump to the end"]) {
      assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
    }
    assert.ok(await page.getByRole("button", { name: "Run the program" }).isEnabled());
    assert.ok(await page.getByRole("button", { name: /theme/ }).isEnabled());
    assert.ok((await page.textContent(".narration")).length > 0);
  }),

  test("the editor takes typing", async ({ page, open }) => {
    await open("/");
    const editor = page.locator("#editor");
    await editor.fill("print('hello')\n");
    await editor.press("End");
    await editor.pressSequentially("print('again')");
    assert.equal(await editor.inputValue(), "print('hello')\nprint('again')");
    // Typing in the middle keeps the caret where it is.
    await editor.press("Control+Home");
    await editor.pressSequentially("# hi\n");
    assert.equal(await editor.inputValue(), "# hi\nprint('hello')\nprint('again')");
  }),

  test("the palette follows a dark colour scheme", async ({ page, open, shot }) => {
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await open("/");
    const light = await background();
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await background();
    assert.notEqual(light, dark, "the background did not change with the colour scheme");
    await shot("page-dark");
  }),

  test(
    "a Rust panic shows the banner with a working reload button",
    async ({ page, open, problems, shot }) => {
      await open("/?panic-test=1");
      const banner = page.locator("#panic-banner");
      await banner.waitFor({ state: "visible", timeout: 10_000 });
      assert.match(await banner.textContent(), /something broke — reload/);
      assert.equal(await banner.getAttribute("role"), "alert");
      assert.ok(
        problems.some((p) => p.includes("deliberate panic requested by ?panic-test=1")),
        `the panic message was not logged; got:\n${problems.join("\n")}`,
      );
      await shot("panic-banner");

      // The wasm instance is dead after the panic: the button must still work.
      await Promise.all([
        page.waitForEvent("load"),
        banner.getByRole("button", { name: "Reload" }).click(),
      ]);
      await page.locator("#panic-banner").waitFor({ state: "visible", timeout: 10_000 });
    },
    { allowErrors: true },
  ),
];
