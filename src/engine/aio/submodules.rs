//! `asyncio.exceptions`, `asyncio.tasks`, ...: CPython's asyncio is a
//! package whose submodules programs name (`asyncio.exceptions.
//! CancelledError`, `from asyncio.queues import QueueEmpty`). Each is a
//! module holding the same objects as the package under the names that
//! submodule's `__all__` gives them.

use crate::engine::vm::Vm;
use crate::engine::vm::builtins::set_attr;
use crate::engine::vm::object::Obj;
use crate::engine::vm::value::{ObjRef, Value};

const SUBMODULES: &[(&str, &[&str])] = &[
    (
        "exceptions",
        &[
            "BrokenBarrierError",
            "CancelledError",
            "InvalidStateError",
            "TimeoutError",
            "IncompleteReadError",
            "LimitOverrunError",
            "SendfileNotAvailableError",
        ],
    ),
    (
        "events",
        &[
            "AbstractEventLoopPolicy",
            "AbstractEventLoop",
            "AbstractServer",
            "Handle",
            "TimerHandle",
            "get_event_loop_policy",
            "set_event_loop_policy",
            "get_event_loop",
            "set_event_loop",
            "new_event_loop",
            "get_running_loop",
            "_get_running_loop",
        ],
    ),
    ("futures", &["Future", "wrap_future", "isfuture"]),
    (
        "tasks",
        &[
            "Task",
            "create_task",
            "FIRST_COMPLETED",
            "FIRST_EXCEPTION",
            "ALL_COMPLETED",
            "wait",
            "wait_for",
            "as_completed",
            "sleep",
            "gather",
            "shield",
            "ensure_future",
            "run_coroutine_threadsafe",
            "current_task",
            "all_tasks",
        ],
    ),
    (
        "queues",
        &[
            "Queue",
            "PriorityQueue",
            "LifoQueue",
            "QueueFull",
            "QueueEmpty",
        ],
    ),
    (
        "locks",
        &[
            "Lock",
            "Event",
            "Condition",
            "Semaphore",
            "BoundedSemaphore",
            "Barrier",
        ],
    ),
    ("runners", &["Runner", "run"]),
    ("timeouts", &["Timeout", "timeout", "timeout_at"]),
    ("taskgroups", &["TaskGroup"]),
    ("coroutines", &["iscoroutinefunction", "iscoroutine"]),
    ("base_events", &["BaseEventLoop", "Server"]),
];

/// Makes the submodules of the built `asyncio` module `m`: attributes of
/// it, and importable by their dotted names.
pub(super) fn install(vm: &mut Vm, m: ObjRef) {
    for (sub, names) in SUBMODULES {
        let full = format!("asyncio.{sub}");
        let sm = vm
            .heap
            .alloc(Obj::Module(Box::new(crate::engine::vm::object::Module {
                name: full.as_str().into(),
                dict: Default::default(),
                live: None,
            })));
        set_attr(vm, sm, "__name__", Value::str(&full));
        for name in *names {
            let sym = vm.intern(name);
            if let Some(v) = vm.ns_get(m, sym) {
                let v = vm.dup(&v);
                set_attr(vm, sm, name, v);
            }
        }
        vm.heap.incref_obj(sm);
        vm.modules.insert(full.as_str().into(), sm);
        set_attr(vm, m, sub, Value::Obj(sm));
    }
}
