// Runs every tests/browser/*.test.mjs against a served build of the page in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
//
//   node tests/browser/run.mjs --base-url http://127.0.0.1:PORT \
//       [--artifacts DIR] [--update-docs] [NAME-FILTER]
//
// scripts/test builds dist-release/, serves it and calls this. Screenshots go
// to the artifacts folder (tests/artifacts/ by default, git-ignored).

import { mkdtempSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");

// Flags that keep Chromium quiet and offline on these machines.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function parseArgs(argv) {
  const options = {
    baseUrl: "",
    artifacts: join(root, "tests", "artifacts"),
    updateDocs: false,
    filter: "",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--base-url") options.baseUrl = argv[++i];
    else if (arg === "--artifacts") options.artifacts = resolve(argv[++i]);
    else if (arg === "--update-docs") options.updateDocs = true;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.filter = arg;
  }
  if (!options.baseUrl) throw new Error("--base-url is required");
  options.baseUrl = options.baseUrl.replace(/\/$/, "");
  return options;
}

async function loadTests(filter) {
  const files = readdirSync(here)
    .filter((name) => name.endsWith(".test.mjs"))
    .sort();
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(here, file)).href);
    for (const t of module.tests ?? []) {
      const name = `${file.replace(/\.test\.mjs$/, "")}: ${t.name}`;
      if (!filter || name.includes(filter)) tests.push({ ...t, name });
    }
  }
  return tests;
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

// Collects everything that counts as the page going wrong.
function watchProblems(page, baseUrl) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith("data:")) {
      problems.push(`request outside the page's origin: ${url}`);
    }
  });
  return problems;
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runTest(context, t, options) {
  const page = await context.newPage();
  const problems = watchProblems(page, options.baseUrl);
  const ctx = {
    page,
    problems,
    baseUrl: options.baseUrl,
    root,
    updateDocs: options.updateDocs,
    open: async (path = "/") => {
      await page.goto(options.baseUrl + path, { waitUntil: "load" });
      await page.waitForSelector(".app-header, #panic-banner", { timeout: 15_000 });
    },
    shot: async (name, screenshotOptions = {}) => {
      const file = join(options.artifacts, `${name}.png`);
      await page.screenshot({ ...screenshotOptions, path: file });
      return file;
    },
  };
  try {
    await withTimeout(t.run(ctx), t.timeoutMs, t.name);
    if (!t.allowErrors && problems.length) {
      throw new Error(`the page reported problems:\n    ${problems.join("\n    ")}`);
    }
  } catch (error) {
    await page
      .screenshot({ path: join(options.artifacts, `FAILED-${slug(t.name)}.png`) })
      .catch(() => {});
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(options.artifacts, { recursive: true });
  const tests = await loadTests(options.filter);
  if (tests.length === 0) throw new Error("no browser tests found");

  const profile = mkdtempSync(join(tmpdir(), "coroscope-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      const started = Date.now();
      try {
        await runTest(context, t, options);
        passed++;
        console.log(`  ok    ${t.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  FAIL  ${t.name} (${Date.now() - started} ms)\n    ${error.stack ?? error}`);
      }
    }
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`browser tests: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exitCode = 2;
});
