// The small API the browser test files use. A test file is
// tests/browser/NAME.test.mjs and exports `tests`, a list made with `test()`.
//
//   import { test } from "./harness.mjs";
//   export const tests = [
//     test("the page renders", async ({ page, open, shot }) => { ... }),
//   ];
//
// Each test gets a fresh page. After it ends, the runner fails it if the page
// logged a console error, threw, had a request fail, or got an HTTP status of
// 400 or more, unless the test was declared with `{ allowErrors: true }`
// (it can still read `problems` and assert on them itself).

/**
 * Declares one browser test.
 * @param {string} name
 * @param {(ctx: TestContext) => Promise<void>} run
 * @param {{ allowErrors?: boolean, timeoutMs?: number }} [options]
 */
export function test(name, run, options = {}) {
  return { name, run, allowErrors: false, timeoutMs: 30_000, ...options };
}

/**
 * @typedef {object} TestContext
 * @property {import("playwright-core").Page} page  a fresh page
 * @property {(path?: string) => Promise<void>} open  loads base URL + path, waits for the app
 * @property {(name: string, options?: object) => Promise<string>} shot  saves a screenshot
 *   to the artifacts folder (options go to Playwright's page.screenshot, e.g. fullPage)
 * @property {string[]} problems  console errors, page errors, failed requests so far
 * @property {string} baseUrl
 * @property {string} root  the repository root
 * @property {boolean} updateDocs  true with --update-docs: refresh docs/ images
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The name the page runs its program under (src/ui/runner.rs). */
export const PAGE_FILENAME = "main.py";

/**
 * Runs `source` with the native CLI (target/release/coroscope, built by
 * scripts/test) under the page's file name, so tracebacks match.
 * @returns {{ stdout: string, stderr: string, status: number }}
 */
export function runCli(root, source) {
  const dir = mkdtempSync(join(tmpdir(), "coroscope-cli-"));
  try {
    writeFileSync(join(dir, PAGE_FILENAME), source);
    const cli = join(root, "target", "release", "coroscope");
    const result = spawnSync(cli, ["run", PAGE_FILENAME], { cwd: dir, encoding: "utf8" });
    if (result.error) throw new Error(`could not run ${cli}: ${result.error.message}`);
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Records `source` with `coroscope trace` under the page's file name; `args`
 * follow the file name (`["--hash"]`, `["--json", "--at", "0,5"]`).
 * @returns {string} what it printed
 */
export function runCliTrace(root, source, args) {
  const dir = mkdtempSync(join(tmpdir(), "coroscope-cli-"));
  try {
    writeFileSync(join(dir, PAGE_FILENAME), source);
    const cli = join(root, "target", "release", "coroscope");
    const result = spawnSync(cli, ["trace", PAGE_FILENAME, ...args], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) throw new Error(`could not run ${cli}: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`coroscope trace failed: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the page has finished run number `number` or a later one. */
export async function waitForRun(page, number = 1) {
  await page.waitForFunction(
    (n) => Number(document.querySelector(".panel-output")?.dataset.run ?? 0) >= n,
    number,
    { timeout: 15_000 },
  );
}

/** The number of the page's latest run (0 before the first). */
export async function runNumber(page) {
  return Number(await page.getAttribute(".panel-output", "data-run"));
}

/** Puts `source` in the editor, presses Run, waits for that run and goes to its end. */
export async function runInPage(page, source) {
  await page.fill("#editor", source);
  const before = await runNumber(page);
  await page.click(".run-button");
  await waitForRun(page, before + 1);
  await toEnd(page);
}

/** The step the page shows and the run's last step. */
export async function steps(page) {
  return page.evaluate(() => {
    const d = document.querySelector(".panel-output").dataset;
    return { step: Number(d.step), last: Number(d.last) };
  });
}

/** Presses "Jump to the end" and waits until the page shows the last step. */
export async function toEnd(page) {
  await page.getByRole("button", { name: "Jump to the end", exact: true }).click();
  await page.waitForFunction(() => {
    const d = document.querySelector(".panel-output").dataset;
    return d.last !== undefined && d.step === d.last;
  });
}

/** What the output panel shows: stdout and stderr, as text. */
export async function pageOutput(page) {
  return {
    stdout: await page.locator(".output-stdout").textContent(),
    stderr: await page.locator(".output-stderr").textContent(),
  };
}
