// The gallery: every scenario by chapter, opened from the menu or by
// `#ex=NAME`, running to the end with what CPython printed for it.

import assert from "node:assert/strict";
import { pageOutput, runNumber, test, toEnd, waitForRun } from "./harness.mjs";
import { defaultProgram, scenarios } from "./links.mjs";

/** Stderr lines that name the program (tracebacks, warnings): they must
 * match CPython's; the rest comes from CPython's own asyncio. */
const namingLines = (stderr, name) => stderr.split("\n").filter((l) => l.includes(`${name}.py`));

/** Waits until the page shows `scenario`'s program with a finished run of it. */
async function waitForScenario(page, scenario, before) {
  await page.waitForFunction(
    ([source, n]) =>
      document.getElementById("editor")?.value === source &&
      Number(document.querySelector(".panel-output")?.dataset.run ?? 0) > n,
    [scenario.source, before],
    { timeout: 15_000 },
  );
}

/** Plays the open scenario to its end and compares the output with its
 * CPython recording. */
async function checkAgainstRecording(page, s) {
  await toEnd(page);
  const shown = await pageOutput(page);
  assert.equal(shown.stdout, s.out, `${s.name}: stdout`);
  assert.deepEqual(namingLines(shown.stderr, s.name), namingLines(s.err, s.name), `${s.name}: stderr`);
  assert.equal(shown.stderr.trimEnd().split("\n").at(-1), s.err.trimEnd().split("\n").at(-1), `${s.name}: last stderr line`);
  const status = await page.textContent(".run-status");
  assert.ok(status.startsWith(s.code === 0 ? "finished" : `exit code ${s.code}`), `${s.name}: ${status}`);
}

export const tests = [
  test("the menu lists every scenario by chapter and opens one", async ({ page, open, root, shot }) => {
    const all = scenarios(root);
    await open("/");
    await waitForRun(page);
    const toggle = page.getByRole("button", { name: /Examples/ });
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");

    const chapters = [...new Set(all.map((s) => s.chapter))];
    const titles = await page.locator(".gallery-chapter-title").allTextContents();
    assert.deepEqual(titles, chapters.map((c, i) => `${i + 1}. ${c}`));
    const links = page.locator(".gallery-link");
    assert.deepEqual(await links.allTextContents(), all.map((s) => s.title));
    assert.deepEqual(
      await links.evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
      all.map((s) => `#ex=${s.name}`),
    );
    await shot("gallery-open");
    // Escape closes it and leaves the focus on its button.
    await page.locator(".gallery-link").first().focus();
    await page.keyboard.press("Escape");
    assert.ok(await page.locator("#gallery").isHidden(), "Escape left the menu open");
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains("gallery-toggle")));
    await toggle.click();
    // A click elsewhere closes it; the button opens it again.
    await page.locator(".panel-output").click();
    assert.ok(await page.locator("#gallery").isHidden(), "a click outside left the menu open");
    await toggle.click();

    // Opening one: its program, its explanation above the editor, its
    // suggested granularity, its output.
    const s = all.find((x) => x.granularity === "bytecode");
    const before = await runNumber(page);
    await page.locator(`.gallery-link[data-scenario="${s.name}"]`).click();
    await waitForScenario(page, s, before);
    assert.ok(await page.locator("#gallery").isHidden(), "the menu stayed open");
    assert.equal(await page.textContent(".scenario-title"), s.title);
    assert.equal(await page.textContent(".scenario-explanation"), s.explanation);
    assert.ok((await page.textContent(".scenario-chapter")).includes(s.chapter));
    assert.equal(await page.locator('select[aria-label="Step granularity"]').inputValue(), "bytecode");
    await checkAgainstRecording(page, s);
    assert.equal(await page.evaluate(() => location.hash), `#ex=${s.name}`);

    // The story goes on to the next scenario in gallery order.
    const next = all[all.indexOf(s) + 1];
    assert.equal(await page.textContent(".scenario-next"), `Next: ${next.title} →`);
    let at = await runNumber(page);
    await page.click(".scenario-next");
    await waitForScenario(page, next, at);
    // The explanation folds away.
    await page.click(".scenario-summary");
    assert.ok(await page.locator(".scenario-explanation").isHidden(), "the explanation did not fold");
    at = await runNumber(page);
    await page.evaluate((name) => (location.hash = `#ex=${name}`), s.name);
    await waitForScenario(page, s, at);

    // Choosing it again after an edit opens it afresh.
    await page.fill("#editor", "print('edited')\n");
    await toggle.click();
    assert.equal(await page.locator(`.gallery-link[data-scenario="${s.name}"]`).getAttribute("aria-current"), "true");
    const edited = await runNumber(page);
    await page.locator(`.gallery-link[data-scenario="${s.name}"]`).click();
    await waitForScenario(page, s, edited);
  }),

  test(
    "every scenario opens by #ex= and runs to the end as CPython ran it",
    async ({ page, open, root }) => {
      const all = scenarios(root);
      // The first opens a fresh page; the rest change the fragment of the
      // open page, as following a link to another example does.
      await open(`/#ex=${all[0].name}`);
      await waitForScenario(page, all[0], 0);
      await checkAgainstRecording(page, all[0]);
      for (const s of all.slice(1)) {
        const before = await runNumber(page);
        await page.evaluate((name) => (location.hash = `#ex=${name}`), s.name);
        await waitForScenario(page, s, before);
        await checkAgainstRecording(page, s);
        assert.equal(await page.textContent(".scenario-title"), s.title);
        assert.equal(
          await page.locator('select[aria-label="Step granularity"]').inputValue(),
          s.granularity,
          `${s.name}: granularity`,
        );
      }
      assert.equal(await page.locator("#panic-banner, .link-error").count(), 0);
    },
    { timeoutMs: 120_000 },
  ),

  test("an unknown example name shows a message and the default program", async ({ page, open, root }) => {
    await open("/#ex=no_such_example");
    await waitForRun(page);
    assert.match(await page.textContent(".link-error"), /There is no example called "no_such_example"\./);
    assert.match(await page.textContent(".link-error"), /The default program is open instead\./);
    assert.equal(await page.inputValue("#editor"), defaultProgram(root));
    assert.equal(await page.locator(".scenario-intro").count(), 0);
    // The message can be dismissed, and a good link afterwards opens.
    await page.getByRole("button", { name: "Dismiss the message" }).click();
    assert.equal(await page.locator(".link-error").count(), 0);
    const s = scenarios(root)[0];
    const before = await runNumber(page);
    await page.evaluate((name) => (location.hash = `#ex=${name}`), s.name);
    await waitForScenario(page, s, before);
  }),
];
