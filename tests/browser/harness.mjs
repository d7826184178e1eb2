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
 * @property {(name: string) => Promise<string>} shot  saves a screenshot to the artifacts folder
 * @property {string[]} problems  console errors, page errors, failed requests so far
 * @property {string} baseUrl
 * @property {string} root  the repository root
 * @property {boolean} updateDocs  true with --update-docs: refresh docs/ images
 */
