// Permalinks: Copy link carries the program and the view; opening it in a
// fresh page restores them; a hostile program stays text; bad links show
// the codec's message over the default program; nothing is fetched after
// the page has loaded.

import assert from "node:assert/strict";
import { pageOutput, runNumber, steps, test, toEnd, waitForRun } from "./harness.mjs";
import { PANELS, decodeLink, defaultProgram, fragmentOf, layout, permalink, scenarios } from "./links.mjs";

/** Opens `path` in a fresh document (a new load, not a fragment change). */
async function openFresh(page, open, path) {
  await page.goto("about:blank");
  await open(path);
}

/** Opens the share dialog and returns the link it offers. */
async function sharedLink(page) {
  if (!(await page.locator("#share-dialog").isVisible())) {
    await page.getByRole("button", { name: "Share", exact: true }).click();
  }
  return page.inputValue("#share-link");
}

/** What the page shows of the state a link carries. */
async function shownState(page) {
  return {
    program: await page.inputValue("#editor"),
    granularity: await page.locator('select[aria-label="Step granularity"]').inputValue(),
    theme: (await page.getAttribute("html", "data-theme")) ?? "auto",
    // In the link's order, not the page's.
    panels: (
      await page
        .locator(".panel-slot")
        .evaluateAll((slots) => slots.filter((s) => !s.classList.contains("hidden")).map((s) => s.dataset.panel))
    ).sort((a, b) => PANELS.indexOf(a) - PANELS.indexOf(b)),
  };
}

const HOSTILE = [
  "# </textarea><script>window.__pwned = 'script'</script>",
  'print(\'"><img src=x onerror="window.__pwned = 1">\')',
  "print('<svg onload=\"window.__pwned = 2\"></svg>')",
  "",
].join("\n");

/** Each bad link and what the page must say about it. */
function badLinks() {
  const valid = permalink({ program: "print('a fine program that is long enough to cut')\n" }).slice("#p=".length);
  const data = valid.slice("v1.".length);
  // A character of the Adler-32 checksum at the end, changed.
  const at = data.length - 4;
  const flip = data.slice(0, at) + (data[at] === "A" ? "B" : "A") + data.slice(at + 1);
  const tenMegabytesOfZeros = fragmentOf(Buffer.alloc(10 * 1024 * 1024));
  const overCap = layout({ program: "x = 1\n".repeat(12_000) });
  return [
    ["truncated: no data", "#p=v1", /incomplete/],
    ["truncated: cut in half", `#p=${valid.slice(0, valid.length / 2)}`, /incomplete/],
    ["corrupted: checksum", `#p=v1.${flip}`, /damaged: its compressed data does not check out/],
    ["corrupted: not base64url", `#p=v1.${data.slice(0, 10)}!*${data.slice(12)}`, /damaged: it contains characters/],
    ["corrupted: not a coroscope payload", fragmentOf(Buffer.from([0, 9, 9])), /damaged: its contents are not laid out/],
    ["unknown version", `#p=v9.${data}`, /another version of coroscope \(format "v9"\)/],
    ["oversized program", fragmentOf(overCap), /more than coroscope accepts \(at most 64 KB\)/],
    ["oversized link", `#p=v1.${"A".repeat(70_000)}`, /more than coroscope accepts/],
    ["decompression bomb", tenMegabytesOfZeros, /more than coroscope accepts/],
    ["unknown fragment", "#q=1", /does not end in a coroscope program or example/],
  ];
}

export const tests = [
  test("Copy link carries program and view, and a fresh page restores them", async (ctx) => {
    const { page, open, root, baseUrl } = ctx;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const s = scenarios(root).find((x) => x.granularity === "bytecode");
    await open(`/#ex=${s.name}`);
    await waitForRun(page);

    // Change the program, the step, the theme and the panels.
    const program = `${s.source}print("and one more line")\n`;
    const before = await runNumber(page);
    await page.fill("#editor", program);
    await waitForRun(page, before + 1);
    await toEnd(page);
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Step back", exact: true }).click();
    const { step, last } = await steps(page);
    assert.ok(step > 0 && step < last, `step ${step} of ${last} is not in the middle`);
    const output = await pageOutput(page);
    await page.getByRole("button", { name: "Switch between light and dark theme" }).click();
    const theme = await page.getAttribute("html", "data-theme");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.locator('.share-panels input[name="futures"]').uncheck();
    await page.locator('.share-panels input[name="narration"]').uncheck();
    assert.ok(await page.locator(".panel-futures").isHidden(), "unchecking a panel does not hide it");

    const link = await sharedLink(page);
    assert.ok(link.startsWith(`${baseUrl}/#p=v1.`), link);
    await ctx.shot("share-dialog");
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.waitForFunction(() => document.querySelector(".share-status")?.textContent === "Copied.");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const expected = {
      step,
      granularity: "bytecode",
      theme,
      panels: PANELS.filter((p) => p !== "futures" && p !== "narration"),
      scenario: s.name,
      program,
    };
    assert.deepEqual(decodeLink(link), expected);

    await page.goto("about:blank");
    await page.goto(link);
    await page.waitForSelector(".app-header");
    await waitForRun(page);
    assert.equal((await steps(page)).step, step);
    assert.deepEqual(await shownState(page), {
      program,
      granularity: "bytecode",
      theme,
      panels: expected.panels,
    });
    assert.equal(await page.textContent(".scenario-title"), s.title);
    assert.deepEqual(await pageOutput(page), output);
    // The panels left fill the space above the playback bar, without holes
    // or overlaps.
    const footer = await page.locator(".playback").boundingBox();
    for (const panel of await page.locator(".workspace .panel").all()) {
      const box = await panel.boundingBox();
      if (box) assert.ok(box.y + box.height <= footer.y + 1, `a panel runs under the playback bar`);
    }
    await ctx.shot("permalink-restored");
    // The restored page shares exactly what it was given.
    assert.equal(await sharedLink(page), link);
  }),

  test("a link at a middle step keeps its step and view when shared again", async ({ page, open }) => {
    const state = {
      program: "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('woke')\n\nasyncio.run(main())\n",
      step: 7,
      granularity: "callback",
      theme: "light",
      panels: ["editor", "output", "tasks"],
      scenario: null,
    };
    await open(`/${permalink(state)}`);
    await waitForRun(page);
    assert.equal((await steps(page)).step, 7);
    assert.deepEqual(await shownState(page), {
      program: state.program,
      granularity: "callback",
      theme: "light",
      panels: state.panels,
    });
    assert.equal(await page.locator(".scenario-intro, .link-error").count(), 0);
    assert.deepEqual(decodeLink(await sharedLink(page)), state);
    // The dialog has the focus; Escape closes it and gives it back.
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#share-dialog").count(), 0);
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains("share-toggle")));
    // A step past the end of the run (a link to an older program) is
    // clamped to the end.
    await toEnd(page);
    assert.equal((await pageOutput(page)).stdout, "woke\n");
    const { last } = await steps(page);
    await page.evaluate((h) => (location.hash = h), permalink({ ...state, step: last + 1000 }));
    await page.waitForFunction((n) => document.querySelector(".panel-output").dataset.step === String(n), last);
  }),

  test("a program in a link is text, never markup, and runs nothing", async ({ page, open, root }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "__pwned", {
        set(value) {
          window.__trapped = String(value);
        },
      });
    });
    await open(`/${permalink({ program: HOSTILE })}`);
    await waitForRun(page);
    await toEnd(page);
    assert.equal(await page.inputValue("#editor"), HOSTILE);
    assert.ok((await page.textContent(".code-highlight")).includes("</textarea><script>"));
    assert.ok((await pageOutput(page)).stdout.includes('"><img src=x onerror='));
    // Open every place the program reaches: the share dialog and its export.
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.waitForSelector("#share-embed");
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__trapped), undefined, "the program's script ran");
    // (The page draws its own SVG: the program's never has handlers.)
    assert.equal(await page.locator("img, iframe, [onerror], [onload]").count(), 0, "the program's markup became elements");
    const scripts = await page.locator("script").evaluateAll((ss) => ss.map((s) => s.textContent));
    assert.ok(!scripts.some((s) => s.includes("__pwned")), "a <script> from the program is in the page");
    // A gallery name made of markup is refused as text too.
    await page.evaluate(() => (location.hash = "#ex=<img src=x onerror=window.__pwned=3>"));
    await page.waitForSelector(".link-error");
    assert.ok((await page.textContent(".link-error")).includes("<img src=x"));
    assert.equal(await page.locator("img").count(), 0);
    assert.equal(await page.inputValue("#editor"), defaultProgram(root));
    assert.equal(await page.evaluate(() => window.__trapped), undefined);
  }),

  test("each bad link shows its message and the default program", async ({ page, open, root }) => {
    const program = defaultProgram(root);
    for (const [name, fragment, message] of badLinks()) {
      await openFresh(page, open, `/${fragment}`);
      await waitForRun(page);
      const shown = await page.textContent(".link-error");
      assert.match(shown, message, `${name}: ${shown}`);
      assert.match(shown, /The default program is open instead\./, name);
      assert.equal(await page.inputValue("#editor"), program, name);
      assert.equal(await page.locator("#panic-banner").count(), 0, name);
    }
    // A bad link arriving while the page is open is handled the same way.
    const [, fragment, message] = badLinks()[2];
    await page.getByRole("button", { name: "Dismiss the message" }).click();
    await page.fill("#editor", "print('mine')\n");
    const before = await runNumber(page);
    await page.evaluate((f) => (location.hash = f), fragment);
    await waitForRun(page, before + 1);
    assert.match(await page.textContent(".link-error"), message);
    assert.equal(await page.inputValue("#editor"), program);
  }, { timeoutMs: 90_000 }),

  test("nothing is fetched after the page has loaded", async ({ page, open, root, baseUrl }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    await open("/");
    await waitForRun(page);
    await page.waitForLoadState("networkidle");
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));

    const s = scenarios(root).at(-1);
    await page.getByRole("button", { name: /Examples/ }).click();
    const before = await runNumber(page);
    await page.locator(`.gallery-link[data-scenario="${s.name}"]`).click();
    await waitForRun(page, before + 1);
    await page.fill("#editor", s.source.replace("import asyncio", "import asyncio\nprint('start')"));
    const edited = await runNumber(page);
    await page.click(".run-button");
    await waitForRun(page, edited + 1);
    await toEnd(page);
    await page.getByRole("button", { name: "Restart", exact: true }).click();
    await page.getByRole("button", { name: "Step forward", exact: true }).click();
    await page.getByRole("button", { name: "Switch between light and dark theme" }).click();
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("button", { name: "Copy embed code" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".share-export").click()]);
    await download.path();
    const link = await page.inputValue("#share-link");
    await page.evaluate((h) => (location.hash = h), link.slice(link.indexOf("#")));
    await page.waitForTimeout(500);

    // A `data:` address (the SVG download) is not the network.
    const network = requests.filter((url) => !url.startsWith("data:"));
    assert.deepEqual(network, [], `requests after load:\n${network.join("\n")}`);
  }),
];
