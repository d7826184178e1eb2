// Embeds: `?embed=1` is a compact, read-only page for an iframe; a post
// with two of them runs both on their own; the Share dialog's embed code
// and SVG export.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageOutput, runNumber, steps, test, toEnd, waitForRun } from "./harness.mjs";
import { decodeLink, defaultProgram, permalink, scenarios } from "./links.mjs";

const here = join(import.meta.dirname);

/** Serves `html` at `path` beside the page, as a blog would host a post. */
async function servePost(page, baseUrl, path, html) {
  await page.route(`${baseUrl}${path}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
}

/** The frame inside the iframe `selector`, once its page has run. */
async function frameOf(page, selector) {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  await frame.waitForSelector(".embed-bar", { timeout: 15_000 });
  await waitForRun(frame);
  return frame;
}

const scrollWidth = (frameOrPage) => frameOrPage.evaluate(() => document.documentElement.scrollWidth);

export const tests = [
  test("an embed is compact: read-only until Edit, the chosen panels, a link out", async (ctx) => {
    const { page, open, baseUrl, shot } = ctx;
    await page.setViewportSize({ width: 400, height: 700 });
    const program = "import asyncio\n\nasync def main():\n    print('hi')\n\nasyncio.run(main())\n";
    const fragment = permalink({ program, panels: ["editor", "output", "tasks"] });
    await page.goto(`${baseUrl}/?embed=1${fragment}`);
    await page.waitForSelector(".embed-bar");
    await waitForRun(page);
    await shot("embed-400");

    assert.equal(await page.locator(".app-header, #gallery, .share-toggle, .scenario-intro").count(), 0);
    assert.deepEqual(
      await page.locator(".panel-slot:not(.hidden)").evaluateAll((s) => s.map((e) => e.dataset.panel)),
      ["editor", "tasks", "output"],
    );
    assert.ok(await page.locator(".controls").isVisible());
    await toEnd(page);
    assert.equal((await pageOutput(page)).stdout, "hi\n");
    assert.ok(await scrollWidth(page) <= 400, `the embed is ${await scrollWidth(page)} px wide`);

    // Read-only: neither typing nor the editing keys change the program.
    const editor = page.locator("#editor");
    assert.equal(await editor.getAttribute("readonly"), "");
    await editor.focus();
    await page.keyboard.type("x");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(await editor.inputValue(), program);

    const out = page.getByRole("link", { name: /Open in coroscope/ });
    assert.equal(await out.getAttribute("href"), `${baseUrl}/${fragment}`);
    assert.equal(await out.getAttribute("target"), "_blank");
    assert.equal(await out.getAttribute("rel"), "noopener");

    // Edit, and the link out carries the edited program.
    const edit = page.getByRole("button", { name: "Edit" });
    await edit.click();
    assert.equal(await edit.getAttribute("aria-pressed"), "true");
    assert.equal(await editor.getAttribute("readonly"), null);
    await editor.press("Control+End");
    await page.keyboard.type("print('bye')");
    const before = await runNumber(page);
    await page.click(".run-button");
    await waitForRun(page, before + 1);
    await toEnd(page);
    assert.equal((await pageOutput(page)).stdout, "hi\nbye\n");
    const edited = decodeLink(await out.getAttribute("href"));
    assert.equal(edited.program, `${program}print('bye')`);
    assert.deepEqual(edited.panels, ["editor", "output", "tasks"]);

    // Full width: the panels sit side by side.
    await page.setViewportSize({ width: 1280, height: 720 });
    const editorBox = await page.locator(".panel-editor").boundingBox();
    const outputBox = await page.locator(".panel-output").boundingBox();
    assert.ok(outputBox.x > editorBox.x + editorBox.width - 1, "at 1280 px the output is not beside the editor");
    await shot("embed-1280");
  }),

  test("a bad link in an embed shows its message and the default program", async ({ page, baseUrl, root }) => {
    await page.goto(`${baseUrl}/?embed=1#p=v1`);
    await page.waitForSelector(".embed-bar");
    await waitForRun(page);
    assert.match(await page.textContent(".link-error"), /incomplete.*The default program is open instead\./s);
    assert.equal(await page.inputValue("#editor"), defaultProgram(root));
    assert.equal(await page.getByRole("link", { name: /Open in coroscope/ }).getAttribute("href"), `${baseUrl}/`);
  }),

  test("a post with two embeds: both render and work on their own", async (ctx) => {
    const { page, baseUrl, root, shot } = ctx;
    const byName = Object.fromEntries(scenarios(root).map((s) => [s.name, s]));
    await page.setViewportSize({ width: 1100, height: 1300 });
    await servePost(page, baseUrl, "/two-embeds.html", readFileSync(join(here, "pages", "two-embeds.html"), "utf8"));
    await page.goto(`${baseUrl}/two-embeds.html`);
    const narrow = await frameOf(page, "#narrow");
    const wide = await frameOf(page, "#wide");
    await shot("two-embeds");

    for (const [frame, name] of [[narrow, "send_and_priming"], [wide, "gather"]]) {
      assert.equal(await frame.inputValue("#editor"), byName[name].source, name);
      await toEnd(frame);
      assert.equal((await pageOutput(frame)).stdout, byName[name].out, name);
      assert.equal(await frame.textContent(".embed-title"), byName[name].title);
      assert.equal(
        await frame.getByRole("link", { name: /Open in coroscope/ }).getAttribute("href"),
        `${baseUrl}/#ex=${name}`,
      );
    }
    assert.ok(await scrollWidth(narrow) <= 400, `the narrow embed is ${await scrollWidth(narrow)} px wide`);

    // Stepping one leaves the other where it was.
    const wideAt = await steps(wide);
    await narrow.getByRole("button", { name: "Restart", exact: true }).click();
    await narrow.getByRole("button", { name: "Step forward", exact: true }).click();
    const narrowAt = await steps(narrow);
    assert.ok(narrowAt.step > 0 && narrowAt.step < narrowAt.last, `narrow at ${narrowAt.step}`);
    assert.deepEqual(await steps(wide), wideAt);
    await wide.getByRole("button", { name: "Step back", exact: true }).click();
    assert.ok((await steps(wide)).step < wideAt.step);
    assert.deepEqual(await steps(narrow), narrowAt);

    // Editing and running one leaves the other as it was.
    const wideRun = await runNumber(wide);
    await toEnd(wide);
    await narrow.getByRole("button", { name: "Edit" }).click();
    await narrow.fill("#editor", "print('only the narrow one')\n");
    const before = await runNumber(narrow);
    await narrow.click(".run-button");
    await waitForRun(narrow, before + 1);
    await toEnd(narrow);
    assert.equal((await pageOutput(narrow)).stdout, "only the narrow one\n");
    assert.equal(await runNumber(wide), wideRun);
    assert.equal((await pageOutput(wide)).stdout, byName.gather.out);
    assert.equal(await wide.getAttribute("#editor", "readonly"), "");
    // Each has its own theme too.
    await wide.getByRole("button", { name: "Switch between light and dark theme" }).click();
    assert.notEqual(await wide.getAttribute("html", "data-theme"), await narrow.getAttribute("html", "data-theme"));
  }),

  test("the embed code embeds what is on screen", async ({ page, open, baseUrl, root }) => {
    const s = scenarios(root).find((x) => x.name === "gather");
    await open(`/#ex=${s.name}`);
    await waitForRun(page);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const code = await page.inputValue("#share-embed");
    const attributes = Object.fromEntries([...code.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    assert.ok(code.startsWith("<iframe ") && code.endsWith("></iframe>"), code);
    assert.ok(attributes.src.startsWith(`${baseUrl}/?embed=1#p=v1.`), attributes.src);
    assert.equal(decodeLink(attributes.src).program, s.source);
    assert.equal(attributes.title, `coroscope: ${s.title}`);
    assert.equal(attributes.loading, "lazy");
    assert.match(attributes.width, /^\d+$/);
    assert.match(attributes.height, /^\d+$/);

    await servePost(page, baseUrl, "/snippet.html", `<!DOCTYPE html><title>post</title><link rel="icon" href="data:,">${code}`);
    await page.goto(`${baseUrl}/snippet.html`);
    const frame = await frameOf(page, "iframe");
    assert.equal(await frame.inputValue("#editor"), s.source);
    await toEnd(frame);
    assert.equal((await pageOutput(frame)).stdout, s.out);
  }),

  test("Export downloads the program, its output, the panels and the timeline as an SVG", async ({ page, open, root }) => {
    const s = scenarios(root).find((x) => x.name === "gather");
    await open(`/#ex=${s.name}`);
    await waitForRun(page);
    // The export shows the current step: the end, here.
    await toEnd(page);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".share-export").click()]);
    assert.equal(download.suggestedFilename(), `coroscope-${s.name}.svg`);
    const svg = readFileSync(await download.path(), "utf8");
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 80));
    // Well-formed, and its text is the program and the output.
    const text = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.querySelectorAll("text")].map((t) => t.textContent);
    }, svg);
    assert.ok(text, "the SVG does not parse");
    for (const line of s.source.trimEnd().split("\n").filter((l) => l.trim())) {
      assert.ok(text.includes(line), `the SVG lacks the program line ${JSON.stringify(line)}`);
    }
    for (const line of s.out.trimEnd().split("\n")) {
      assert.ok(text.includes(line), `the SVG lacks the output line ${JSON.stringify(line)}`);
    }
    assert.equal(text[0], s.title);
    // The machinery at the step: the event loop's clock and queues.
    assert.ok(text.includes("EVENT LOOP"), "the SVG has no event loop panel");
    assert.ok(text.some((t) => t.startsWith("t = ")), "the SVG has no clock");
    assert.ok(text.some((t) => t.startsWith("_scheduled [")), "the SVG has no timer heap");
    // The timeline: a lane per task the page's timeline shows, and bars.
    const lanes = await page.locator(".lane-label").allTextContents();
    assert.ok(lanes.length > 1, "the page shows no lanes");
    const heading = text.indexOf("TIMELINE");
    assert.ok(heading > 0, "the SVG has no timeline");
    assert.deepEqual(text.slice(heading + 1, heading + 1 + lanes.length), lanes);
    assert.ok((svg.match(/<rect /g) ?? []).length > lanes.length, "the lanes have no bars");
  }),
];
