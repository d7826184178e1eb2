// The page as a time machine: it records the program with the trace and
// shows any step of it. What the panels show is checked against the native
// `coroscope trace` of the same program, never against fixed text.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageOutput, runCli, runCliTrace, runInPage, steps, test, waitForRun } from "./harness.mjs";

const button = (page, name) => page.getByRole("button", { name, exact: true });

/** Clicks a control and waits until the shown step differs from before. */
async function stepWith(page, click) {
  const before = (await steps(page)).step;
  await click();
  await page.waitForFunction((b) => Number(document.querySelector(".panel-output").dataset.step) !== b, before);
  return (await steps(page)).step;
}

/** Waits until the page shows step `n`. */
const waitForStep = (page, n) =>
  page.waitForFunction((n) => Number(document.querySelector(".panel-output").dataset.step) === n, n);

/** Everything the machinery panels show, as text, for comparing two moments. */
const panels = (page) =>
  page.evaluate(() =>
    [".panel-event-loop", ".panel-tasks", ".panel-futures", ".panel-output .output", ".narration", ".code-gutter", ".task-legend"].map(
      (s) => document.querySelector(s).innerText + "|" + document.querySelector(s).querySelectorAll("*").length,
    ),
  );

/** What the page shows at its step, in the shape of `coroscope trace --json`. */
const shown = (page) =>
  page.evaluate(() => ({
    step: Number(document.querySelector(".panel-output").dataset.step),
    clock: document.querySelector(".clock").textContent,
    running: document.querySelector(".running-slot").textContent,
    tasks: [...document.querySelectorAll(".task-card")].map((c) => ({
      name: c.dataset.task,
      state: c.dataset.state,
      awaits: c.querySelector(".card-awaits code")?.textContent ?? null,
    })),
    ready: [...document.querySelectorAll(".ready-queue li")].map((l) => l.textContent),
    timers: [...document.querySelectorAll(".timer-heap .timer-label")].map((l) => l.textContent),
    narration: document.querySelector(".narration").textContent,
    stdout: document.querySelector(".output-stdout").textContent,
  }));

const defaultProgram = (root) => readFileSync(join(root, "content", "default.py"), "utf8");

/** 200 tasks that sleep and wake: the step-update benchmark. */
const MANY_TASKS = `import asyncio


async def worker(n):
    total = 0
    for i in range(3):
        total += n * i
        await asyncio.sleep(0.01 * (n % 7))
    return total


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(200)]
    results = await asyncio.gather(*tasks)
    print(sum(results))


asyncio.run(main())
`;

/** Three children of one gather, each waiting on a sleep. */
const GATHER = `import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    print(await asyncio.gather(fetch("a", 3), fetch("b", 1), fetch("c", 2)))


asyncio.run(main())
`;

export const tests = [
  test("the page opens at step 0 of the default program, with the controls live", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const { step, last } = await steps(page);
    assert.equal(step, 0);
    assert.ok(last > 100, `only ${last} steps`);
    assert.equal(await page.locator(".output-stdout").textContent(), "");
    assert.ok(await button(page, "Step forward").isEnabled());
  }),

  test("ten steps forward and ten back give the same panels", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const start = await panels(page);
    for (let i = 0; i < 10; i++) await stepWith(page, () => button(page, "Step forward").click());
    assert.ok((await steps(page)).step > 0);
    assert.notDeepEqual(await panels(page), start, "ten steps changed nothing");
    for (let i = 0; i < 10; i++) await stepWith(page, () => button(page, "Step back").click());
    assert.equal((await steps(page)).step, 0);
    assert.deepEqual(await panels(page), start);
  }),

  test("the panels show what `coroscope trace` has at each loop callback", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    const program = defaultProgram(root);
    await page.selectOption("select[aria-label='Step granularity']", "callback");
    const visited = [0];
    for (let i = 0; i < 8; i++) visited.push(await stepWith(page, () => button(page, "Step forward").click()));
    const cli = JSON.parse(runCliTrace(root, program, ["--json", "--by", "callback"]));
    assert.deepEqual(visited, cli.snapshots.slice(0, visited.length).map((s) => s.step));
    const expected = cli.snapshots[visited.length - 1];
    const seen = await shown(page);
    assert.equal(seen.step, expected.step);
    assert.equal(seen.clock, `t = ${expected.clock.toFixed(3)} s`);
    assert.equal(seen.running, expected.running ?? "—");
    assert.deepEqual(seen.tasks, expected.tasks.map((t) => ({ name: t.name, state: t.state, awaits: t.awaits })));
    assert.deepEqual(seen.ready, expected.ready.map((h) => h.label));
    assert.deepEqual(seen.timers, expected.timers.map((h) => h.label));
    assert.equal(seen.narration, expected.narration);
    assert.equal(seen.stdout, expected.stdout);
    // Each live task has a dot in its colour at its line.
    for (const t of expected.tasks.filter((t) => t.line && t.state !== "done")) {
      const dots = page.locator(`.gutter-line:nth-child(${t.line}) .marker[title='${t.name}']`);
      assert.equal(await dots.count(), 1, `${t.name} at line ${t.line}`);
    }
  }),

  test("the await graph links a gather's future to its children, as `coroscope trace` has them", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    await page.fill("#editor", GATHER);
    await page.click(".run-button");
    await waitForRun(page, 2);
    await page.selectOption("select[aria-label='Step granularity']", "callback");
    const cli = JSON.parse(runCliTrace(root, GATHER, ["--json", "--by", "callback"]));
    const at = cli.snapshots.findIndex((s) => s.futures.some((f) => f.awaits.length > 1));
    assert.ok(at > 0, "the gather's future never waits on its children");
    for (let i = 0; i < at; i++) await stepWith(page, () => button(page, "Step forward").click());
    const expected = cli.snapshots[at];
    assert.equal((await steps(page)).step, expected.step);
    const gather = expected.futures.find((f) => f.awaits.length > 1);
    const card = page.locator(".future-card", { hasText: gather.label });
    assert.equal(await card.locator(".card-line", { hasText: "gathers" }).locator("code").textContent(), gather.awaits.join(", "));
    await page.getByRole("tab", { name: "Await graph" }).click();
    const live = expected.tasks.filter((t) => ["running", "ready", "waiting"].includes(t.state));
    const want = [
      ...live.filter((t) => t.awaits).map((t) => `${t.name} > ${t.awaits}`),
      ...expected.futures.flatMap((f) => f.awaits.map((c) => `${f.label} > ${c}`)),
    ].sort();
    const edges = await page.locator(".await-graph .graph-edge").evaluateAll((es) => es.map((e) => e.dataset.edge));
    assert.deepEqual(edges.sort(), want);
    assert.equal(await page.locator(`.await-graph [data-label='${gather.label}'] text`).textContent(), `gather (${gather.label})`);
  }),

  test("playing to the end shows what `coroscope run` prints", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    await page.selectOption("select[aria-label='Playback speed']", "8");
    await page.selectOption("select[aria-label='Step granularity']", "callback");
    await button(page, "Play").click();
    assert.equal(await page.getAttribute(".play-button", "aria-pressed"), "true");
    const { last } = await steps(page);
    await waitForStep(page, last);
    await page.waitForSelector(".play-button[aria-pressed='false']");
    const expected = runCli(root, defaultProgram(root));
    assert.deepEqual(await pageOutput(page), { stdout: expected.stdout, stderr: expected.stderr });
  }),

  test("the keys step, play and jump", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    await page.click(".narration");
    const { last } = await steps(page);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => Number(document.querySelector(".panel-output").dataset.step) > 0);
    await page.keyboard.press("ArrowLeft");
    await waitForStep(page, 0);
    await page.keyboard.press("End");
    await waitForStep(page, last);
    await page.keyboard.press("Home");
    await waitForStep(page, 0);
    await page.keyboard.press("Space");
    await page.waitForSelector(".play-button[aria-pressed='true']");
    await page.keyboard.press("Space");
    await page.waitForSelector(".play-button[aria-pressed='false']");
    // In the editor the keys are the editor's.
    await page.focus("#editor");
    const step = (await steps(page)).step;
    await page.keyboard.press("ArrowRight");
    assert.equal((await steps(page)).step, step);
  }),

  test("the trace hash in the page equals `coroscope trace --hash`", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    const hash = await page.getAttribute(".panel-output", "data-trace-hash");
    assert.match(hash, /^[0-9a-f]{16}$/);
    assert.equal(hash, runCliTrace(root, defaultProgram(root), ["--hash"]).trim());
    await runInPage(page, MANY_TASKS);
    assert.equal(
      await page.getAttribute(".panel-output", "data-trace-hash"),
      runCliTrace(root, MANY_TASKS, ["--hash"]).trim(),
    );
  }),

  test("next event, breakpoints and the timeline move to the right step", async ({ page, open, root }) => {
    await open("/");
    await waitForRun(page);
    const program = defaultProgram(root);
    const lines = JSON.parse(runCliTrace(root, program, ["--json"])).snapshots;
    // A breakpoint on the line after the sleep: the first time a task is there.
    const line = program.split("\n").findIndex((l) => l.includes("woke up")) + 1;
    await page.locator(".gutter-line").nth(line - 1).click();
    assert.equal(await page.locator(".gutter-breakpoint").count(), 1);
    await page.selectOption("select[aria-label='Kind of event to jump to']", "breakpoint");
    const hit = await stepWith(page, () => button(page, "Jump to the next event of that kind").click());
    const expected = lines.find((s) => s.tasks.some((t) => t.state === "running" && t.line === line));
    assert.equal(hit, expected.step);

    await page.selectOption("select[aria-label='Kind of event to jump to']", "output");
    const out = await stepWith(page, () => button(page, "Jump to the next event of that kind").click());
    assert.ok(out > hit);
    assert.match(await page.textContent(".narration"), /prints|stderr/);

    // The timeline's axis runs from the first task step to the end:
    // clicking its middle goes to about the middle of that.
    const { last } = await steps(page);
    const first = lines.find((s) => s.tasks.length > 0).step;
    const svg = await page.locator(".lanes-svg").boundingBox();
    await page.mouse.click(svg.x + svg.width / 2, svg.y + 4);
    const middle = (first + last) / 2;
    await page.waitForFunction(
      ([m, span]) => Math.abs(Number(document.querySelector(".panel-output").dataset.step) - m) <= span,
      [middle, (last - first) / 20 + 2],
    );
  }),

  test("program text is shown as text, never as markup", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    const program = [
      "import asyncio",
      "async def job():",
      "    x = '<b>bold</b>'",
      "    await asyncio.sleep(1)",
      "    print(x)",
      "async def main():",
      "    await asyncio.create_task(job(), name='<i>t</i>')",
      "asyncio.run(main())",
      "",
    ].join("\n");
    await runInPage(page, program);
    assert.match(await page.textContent(".output-stdout"), /<b>bold<\/b>/);
    await page.selectOption("select[aria-label='Kind of event to jump to']", "switch");
    await button(page, "Restart").click();
    await waitForStep(page, 0);
    await stepWith(page, () => button(page, "Jump to the next event of that kind").click());
    await stepWith(page, () => button(page, "Jump to the next event of that kind").click());
    assert.ok((await page.locator(".task-card[data-task='<i>t</i>']").count()) === 1, "the task's card is missing");
    assert.equal(await page.locator(".workspace b, .workspace i, .playback i").count(), 0);
  }),

  test("a long run shows its progress and can be stopped, keeping the trace", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    await page.fill("#editor", "i = 0\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        print(i)\n");
    await page.click(".run-button");
    // The page answers while it records: a timer gets to run between the
    // slices, and it presses Stop as soon as the progress shows.
    const progress = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const poll = () => {
            const stop = document.querySelector(".stop-button:not(.hidden)");
            if (!stop) return setTimeout(poll, 5);
            const text = document.querySelector(".progress").textContent;
            stop.click();
            resolve(text);
          };
          poll();
        }),
    );
    assert.match(progress, /^recording… \d+ steps$/);
    await waitForRun(page, 2);
    assert.match(await page.textContent(".run-status"), /^stopped · \d+ steps/);
    const { last } = await steps(page);
    assert.ok(last > 0);
    await button(page, "Jump to the end").click();
    await waitForStep(page, last);
    assert.match(await page.textContent(".output-stdout"), /^1000\n2000\n/);
    assert.match(await page.textContent(".narration"), /stopped/);
  }, { timeoutMs: 60_000 }),

  test("with 200 tasks, one step's update stays quick", async ({ page, open }) => {
    await open("/");
    await waitForRun(page);
    await runInPage(page, MANY_TASKS);
    await page.selectOption("select[aria-label='Step granularity']", "callback");
    await button(page, "Restart").click();
    await waitForStep(page, 0);
    // Move into the middle of the run, where all 200 tasks wait.
    await page.click(".narration");
    for (let i = 0; i < 210; i++) await page.keyboard.press("ArrowRight");
    assert.ok((await page.locator(".task-card").count()) >= 200);
    // One step: click, then every effect and DOM change that follows (a
    // message-channel round trip runs after all of Leptos's microtasks).
    const times = await page.evaluate(async () => {
      const forward = document.querySelector("button[aria-label='Step forward']");
      const out = [];
      for (let i = 0; i < 41; i++) {
        const t0 = performance.now();
        forward.click();
        await new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
        void document.body.offsetHeight; // and style and layout
        out.push(performance.now() - t0);
      }
      return out;
    });
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`    200 tasks: one step's update, median ${median.toFixed(2)} ms (min ${times[0].toFixed(2)}, max ${times.at(-1).toFixed(2)})`);
    assert.ok(median < 50, `median ${median} ms`);
  }, { timeoutMs: 90_000 }),
];
