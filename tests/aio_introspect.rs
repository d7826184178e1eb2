//! The loop's introspection (`Vm::loop_view`): what the visualiser draws at
//! the start of each `_run_once` iteration.

use coroscope::engine::aio::introspect::{LoopView, TaskState};
use coroscope::engine::run::run_main;
use coroscope::engine::vm::{Limits, Vm};

const PROGRAM: &str = "\
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    t1 = asyncio.create_task(worker('a', 1))
    t2 = asyncio.create_task(worker('b', 2))
    print(await t1, await t2)

asyncio.run(main())
";

fn views(src: &str) -> Vec<LoopView> {
    let mut vm = Vm::new("prog.py", src, Limits::default());
    vm.loop_views = Some(Vec::new());
    let code = run_main(&mut vm, "prog.py", src);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&vm.stderr));
    vm.loop_views.take().expect("recording was on")
}

fn at(views: &[LoopView], iteration: u64) -> &LoopView {
    views
        .iter()
        .find(|v| v.iteration == iteration)
        .unwrap_or_else(|| panic!("no iteration {iteration}"))
}

#[test]
fn first_iteration_runs_the_main_task_step() {
    let views = views(PROGRAM);
    let v = at(&views, 1);
    assert_eq!(v.time, 0.0);
    let calls: Vec<&str> = v.ready.iter().map(|h| h.calls.as_str()).collect();
    assert_eq!(calls, ["Task-1.__step()"]);
    assert_eq!(v.tasks.len(), 1);
    assert_eq!(v.tasks[0].state, TaskState::Ready);
    assert_eq!(v.tasks[0].frames[0].function, "main");
}

#[test]
fn created_tasks_queue_their_first_step_and_main_waits_on_one() {
    let views = views(PROGRAM);
    let v = at(&views, 2);
    let calls: Vec<&str> = v.ready.iter().map(|h| h.calls.as_str()).collect();
    assert_eq!(calls, ["Task-2.__step()", "Task-3.__step()"]);
    let main = &v.tasks[0];
    assert_eq!(main.state, TaskState::Waiting);
    let awaited = main.awaiting.as_ref().expect("main awaits t1");
    assert_eq!(awaited.label, "Task-2");
    assert_eq!(awaited.callbacks, ["Task-1.__wakeup()"]);
    assert_eq!(main.frames[0].line, Some(10));
}

#[test]
fn the_clock_jumps_to_the_first_timer_which_lands_on_ready() {
    let views = views(PROGRAM);
    let v = at(&views, 3);
    assert_eq!(v.time, 1.0);
    assert_eq!(v.ready.len(), 1);
    assert_eq!(v.ready[0].when, Some(1.0));
    assert!(
        v.ready[0]
            .calls
            .starts_with("_set_result_unless_cancelled(Future #")
    );
    let deadlines: Vec<Option<f64>> = v.scheduled.iter().map(|h| h.when).collect();
    assert_eq!(deadlines, [Some(2.0)]);
    let worker = v.tasks.iter().find(|t| t.name == "Task-2").expect("Task-2");
    assert_eq!(worker.state, TaskState::Waiting);
    assert_eq!(worker.awaiting.as_ref().map(|f| f.state), Some("PENDING"));
    let chain: Vec<(&str, &str, Option<u32>)> = worker
        .frames
        .iter()
        .map(|f| (f.function.as_str(), f.file.as_str(), f.line))
        .collect();
    assert_eq!(chain[0], ("worker", "prog.py", Some(4)));
    assert_eq!(chain[1].0, "sleep");
    assert_eq!(chain[1].1, "<asyncio>");
}

#[test]
fn a_resolved_sleep_future_wakes_its_task() {
    let views = views(PROGRAM);
    let v = at(&views, 4);
    let calls: Vec<&str> = v.ready.iter().map(|h| h.calls.as_str()).collect();
    assert_eq!(calls.len(), 1);
    assert!(
        calls[0].starts_with("Task-2.__wakeup(Future #"),
        "{calls:?}"
    );
    // Once Task-2 is done it leaves `all_tasks`; the last iterations at
    // t = 2 only have the main task and Task-3 left.
    let last = views.last().expect("some iterations");
    assert_eq!(last.time, 2.0);
    assert!(last.tasks.iter().all(|t| t.name != "Task-2"));
}

#[test]
fn cancelled_timers_and_plain_callbacks_are_described() {
    let src = "\
import asyncio

def ping(n):
    print('ping', n)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(5, ping, 1)
    h = loop.call_later(10, ping, 3)
    loop.call_soon(ping, 2)
    h.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
";
    let views = views(src);
    let v = views
        .iter()
        .find(|v| v.ready.iter().any(|h| h.calls.starts_with("ping(")))
        .expect("an iteration with ping ready");
    let ping = v
        .ready
        .iter()
        .find(|h| h.calls.starts_with("ping("))
        .expect("ping");
    assert_eq!(ping.calls, "ping(2) at prog.py:3");
    // A cancelled timer stays on the heap until it reaches the head, as in
    // CPython's `_run_once`.
    let timers: Vec<(Option<f64>, bool)> =
        v.scheduled.iter().map(|h| (h.when, h.cancelled)).collect();
    assert_eq!(timers, [(Some(5.0), false), (Some(10.0), true)]);
}

#[test]
fn no_view_outside_a_running_loop() {
    let vm = Vm::new("prog.py", "", Limits::default());
    assert!(vm.loop_view().is_none());
}
