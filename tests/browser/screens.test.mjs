// Themes and screen sizes: the theme switch, the system's colour scheme,
// the layout at 1440 and 375 px wide, and screenshots of each.

import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test, waitForRun } from "./harness.mjs";

/** Goes to a moment with tasks waiting, timers set and output printed. */
async function midRun(page) {
  await page.selectOption("select[aria-label='Step granularity']", "callback");
  for (let i = 0; i < 6; i++) {
    const before = await page.getAttribute(".panel-output", "data-step");
    await page.getByRole("button", { name: "Step forward", exact: true }).click();
    await page.waitForFunction((b) => document.querySelector(".panel-output").dataset.step !== b, before);
  }
  // Let the entry animations finish.
  await page.waitForTimeout(300);
}

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const box = (page, selector) => page.locator(selector).boundingBox();

export const tests = [
  test("the theme switch flips the palette, both ways, from either scheme", async ({ page, open }) => {
    await open("/");
    const toggle = page.getByRole("button", { name: "Switch between light and dark theme" });
    const light = await background(page);
    await toggle.click();
    const dark = await background(page);
    assert.notEqual(dark, light, "the switch did not change the background");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    await toggle.click();
    assert.equal(await background(page), light);

    // From a dark system scheme the first press goes light.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await page.waitForSelector(".app-header");
    assert.equal(await background(page), dark);
    await toggle.click();
    assert.equal(await background(page), light);
  }),

  test("at 1440 px the machinery sits beside the program", async ({ page, open }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open("/");
    const editor = await box(page, ".panel-editor");
    const loop = await box(page, ".panel-event-loop");
    const controls = await box(page, ".controls");
    assert.ok(loop.x > editor.x + editor.width - 1, "the event loop is not right of the editor");
    assert.ok(controls.y + controls.height <= 900, "the controls are below the fold");
  }),

  test("at 375 px the panels stack and nothing overflows sideways", async ({ page, open }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await open("/");
    await waitForRun(page);
    const editor = await box(page, ".panel-editor");
    const output = await box(page, ".panel-output");
    const loop = await box(page, ".panel-event-loop");
    assert.equal(Math.round(output.x), Math.round(editor.x));
    assert.ok(output.y > editor.y + editor.height - 1, "the output is not below the editor");
    assert.ok(loop.y > output.y, "the event loop is not below the output");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the page is ${width} px wide`);
  }),

  test("screenshots at 1440×900 and 375×812, light and dark", async (ctx) => {
    const { page, open, shot, root } = ctx;
    for (const [width, height] of [
      [1440, 900],
      [375, 812],
    ]) {
      for (const colorScheme of ["light", "dark"]) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await open("/");
        await waitForRun(page);
        await midRun(page);
        const file = await shot(`page-${width}x${height}-${colorScheme}`);
        if (width < 760) await shot(`page-${width}-${colorScheme}-full`, { fullPage: true });
        if (ctx.updateDocs && width === 1440 && colorScheme === "light") {
          mkdirSync(join(root, "docs"), { recursive: true });
          copyFileSync(file, join(root, "docs", "screenshot.png"));
        }
      }
    }
    // And the error display, which the others do not show.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
    await open("/");
    await waitForRun(page);
    await page.fill("#editor", (await page.inputValue("#editor")).replace("async def main():", "async def main()"));
    await page.click(".run-button");
    await page.waitForSelector(".code-message");
    await shot("page-1440x900-syntax-error");
    // The await graph tab, mid-run.
    await page.fill("#editor", readFileSync(join(root, "content", "default.py"), "utf8"));
    await page.click(".run-button");
    await waitForRun(page, 3);
    await midRun(page);
    await page.getByRole("tab", { name: "Await graph" }).click();
    await shot("page-1440x900-await-graph");
  }, { timeoutMs: 60_000 }),
];
