//! The virtual machine: an arena heap, frames that can suspend, and the
//! builtins. The whole state is `Clone`, so a recording can keep copies of
//! it and replay from any of them.

pub mod asyncgen;
pub mod attr;
pub mod bigint;
pub mod builtins;
pub mod call;
pub mod deque;
pub mod dict;
pub mod exc;
pub mod excgroup;
mod fast;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod heap;
pub mod interp;
pub mod introspect;
mod livedict;
pub mod object;
pub mod ops;
pub mod pattern;
mod prepare;
pub mod repr;
pub mod set;
mod stackops;
pub mod suggest;
pub mod symmap;
mod throw_args;
pub mod types;
pub mod value;

use std::collections::HashMap;
use std::rc::Rc;

use crate::engine::events::Note;
use crate::engine::intern::{Interner, Sym};
use frame::Frame;
use heap::Heap;
use object::{Module, Obj, PyResult};
use symmap::SymMap;
pub use types::Types;
use value::{ObjRef, Value};

/// Limits that end a run with a Python-style error.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Bytecode instructions before the run stops.
    pub fuel: u64,
    /// Python frames deep before `RecursionError`.
    pub recursion: usize,
    /// Live heap objects before `MemoryError`.
    pub heap_objects: usize,
    /// Bytes of output before the run stops.
    pub output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 5_000_000,
            recursion: 1000,
            heap_objects: 4_000_000,
            output_bytes: 1 << 20,
        }
    }
}

/// Why a run stopped early, beyond an ordinary uncaught exception.
#[derive(Clone, Debug, PartialEq)]
pub enum Halt {
    OutOfFuel,
    OutputLimit,
    HeapLimit,
    /// Builtins iterated far more items than the fuel allows steps
    /// (`sum(itertools.count())`): native loops take no steps, so this is
    /// what stops them.
    IterationLimit,
    /// The event loop found nothing ready and no timer: CPython would wait
    /// forever, so the run ends at once, as the oracle ends it (no
    /// `finally` runs, nothing more is printed).
    Deadlock,
}

#[derive(Clone)]
pub struct Vm {
    pub heap: Heap,
    pub interner: Interner,
    pub frames: Vec<Box<Frame>>,
    pub types: Types,
    pub builtins: ObjRef,
    /// Imported modules by name (`sys.modules`).
    pub modules: HashMap<Rc<str>, ObjRef>,
    pub main_module: Option<ObjRef>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub limits: Limits,
    /// Instructions executed so far.
    pub steps: u64,
    pub halt: Option<Halt>,
    /// Items builtins have taken from iterators (`Vm::next`), against
    /// `Limits::native_items`.
    pub native_items: u64,
    /// What the program reads from standard input (`input()`,
    /// `sys.stdin`): the CLI's real stdin, empty in the page.
    pub stdin: Rc<str>,
    /// How much of `stdin` has been read.
    pub stdin_pos: usize,
    /// Native code nested inside bytecode inside native code…
    pub native_depth: usize,
    /// What `sys.setrecursionlimit` was given, when it was called (the
    /// limit in force is capped, `limits.recursion`).
    pub recursion_asked: Option<usize>,
    /// The run loop returns `Exit::Paused` once `steps` reaches this, at
    /// the first instruction where only the main run loop is on the Rust
    /// stack (`native_depth == resumable_depth`, base frame 0).
    pub pause_at: u64,
    /// The `native_depth` of the main program's run loop while a session
    /// runs it; 0 (never reached inside a run loop) otherwise.
    pub resumable_depth: usize,
    /// A value the fast lane yielded to native code (`sum(gen)`): the
    /// generator's frame at the run loop's base yielded, so the loop
    /// returns `Exit::Yield` with it (see `fast_lane`).
    pub lane_yield: Option<Value>,
    /// The step at which the run loop next looks at its limits
    /// (`Vm::next_check`); 0 makes it look at once.
    pub check_at: u64,
    pub filename: Rc<str>,
    pub source: Rc<str>,
    /// The sources of the program's own modules it imported, by file name,
    /// for the lines tracebacks show.
    pub module_sources: Vec<(Rc<str>, Rc<str>)>,
    /// The virtual clock, in seconds.
    pub clock: f64,
    /// Frequently used names.
    pub names: types::Names,
    /// The exception being propagated is a re-raise: no new traceback entry.
    pub reraising: bool,
    /// Class attribute lookups along the MRO, by (class serial, name).
    pub mro_cache: std::cell::RefCell<MroCache>,
    /// Some class of the run has had a `__getattribute__` of its own: until
    /// then attribute loads skip looking for one.
    pub getattribute_hooks: bool,
    /// Some class of the run has had a `__setattr__` of its own: until then
    /// the fast lane's attribute stores skip looking for one.
    pub setattr_hooks: bool,
    /// Emptied vectors of finished frames, reused for new ones.
    pub vec_pool: Vec<Vec<Value>>,
    /// Finished frames, reused for new calls.
    pub frame_pool: frame::FramePool,
    /// Containers being repr'd, to print `[...]` for cycles.
    pub repr_stack: Vec<ObjRef>,
    /// Files the program wrote, by name: kept in memory (never written to
    /// disk), so reading them back later in the run sees what was written.
    /// None for a file the program removed, which may still be on disk.
    pub files: std::collections::BTreeMap<Rc<str>, Option<Rc<str>>>,
    /// Folders the program made (true) or removed from disk (false), by
    /// name, in memory like `files`.
    pub dirs: std::collections::BTreeMap<Rc<str>, bool>,
    /// The current `contextvars.Context` (None until `contextvars` is
    /// imported), and the ones task steps replaced.
    pub current_context: Value,
    pub context_stack: Vec<Value>,
    /// Sequences being compared item by item, nested.
    pub compare_depth: usize,
    /// The event loop, its tasks and futures.
    pub aio: crate::engine::aio::state::AioState,
    /// Shutdown is clearing `sys.last_value`, before the modules go.
    pub clearing_last_value: bool,
    /// A "never awaited" warning was shown during the run, which imported
    /// `tracemalloc` in CPython: one from "sys:1" while the modules are
    /// still there gets the tracemalloc hint too.
    pub tracemalloc_imported: bool,
    /// The places (file, line, message) a "never awaited" warning was
    /// shown from: the warnings module's "default" action shows one
    /// message once per place, so a coroutine dropped in a loop warns once.
    pub never_awaited_shown: std::collections::HashSet<(String, u32, String)>,
    /// A report is being written through a replaced `sys.stderr`.
    pub writing_stderr: bool,
    /// When set, each `_run_once` iteration records the loop as it stands
    /// once due timers have moved to `_ready`, before any callback runs.
    pub loop_views: Option<Vec<crate::engine::aio::introspect::LoopView>>,
    /// When set, what happens is recorded here (`engine::events`).
    pub events: Option<Box<crate::engine::events::EventLog>>,
    /// Running out of fuel first copies the whole VM into `frozen`: how a
    /// replay stops at an exact step even where the run cannot pause
    /// (inside a native call), to show that step.
    pub freeze_on_fuel: bool,
    pub frozen: Option<Box<Vm>>,
}

impl Vm {
    pub fn new(filename: &str, source: &str, limits: Limits) -> Vm {
        let mut interner = Interner::default();
        let names = types::Names::new(&mut interner);
        let mut heap = Heap::new(limits.heap_objects);
        let types = Types::bootstrap(&mut heap, &mut interner);
        let builtins = heap.alloc(Obj::Module(Box::new(Module {
            name: "builtins".into(),
            dict: SymMap::new(),
            live: None,
        })));
        let mut vm = Vm {
            heap,
            interner,
            frames: Vec::new(),
            types,
            builtins,
            modules: HashMap::new(),
            main_module: None,
            stdout: Vec::new(),
            stderr: Vec::new(),
            limits,
            steps: 0,
            halt: None,
            native_items: 0,
            stdin: "".into(),
            stdin_pos: 0,
            native_depth: 0,
            recursion_asked: None,
            pause_at: u64::MAX,
            check_at: 0,
            resumable_depth: 0,
            lane_yield: None,
            filename: filename.into(),
            source: source.into(),
            module_sources: Vec::new(),
            clock: 0.0,
            names,
            reraising: false,
            repr_stack: Vec::new(),
            files: Default::default(),
            dirs: Default::default(),
            current_context: Value::None,
            context_stack: Vec::new(),
            compare_depth: 0,
            vec_pool: Vec::new(),
            frame_pool: Default::default(),
            mro_cache: Default::default(),
            getattribute_hooks: false,
            setattr_hooks: false,
            clearing_last_value: false,
            tracemalloc_imported: false,
            never_awaited_shown: Default::default(),
            writing_stderr: false,
            aio: Default::default(),
            loop_views: None,
            events: None,
            freeze_on_fuel: false,
            frozen: None,
        };
        types::install_type_methods(&mut vm);
        builtins::install(&mut vm);
        vm.modules.insert("builtins".into(), builtins);
        vm
    }

    // === small helpers used everywhere ===

    pub fn intern(&mut self, s: &str) -> Sym {
        self.interner.intern(s)
    }

    pub fn sym_str(&self, s: Sym) -> Rc<str> {
        self.interner.name(s).clone()
    }

    /// A new reference to `v`.
    #[inline]
    pub fn dup(&mut self, v: &Value) -> Value {
        self.heap.incref(v);
        v.clone()
    }

    #[inline]
    pub fn drop_val(&mut self, v: Value) {
        self.heap.decref(v);
    }

    pub fn alloc(&mut self, obj: Obj) -> Value {
        Value::Obj(self.heap.alloc(obj))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let start = self.stdout.len();
        self.stdout.extend_from_slice(s.as_bytes());
        self.note(Note::Output {
            stderr: false,
            start,
        });
        if self.stdout.len() + self.stderr.len() > self.limits.output_bytes {
            self.halt = Some(Halt::OutputLimit);
            self.check_at = 0;
            return Err(self.new_exc_str(
                "RuntimeError",
                "output limit reached: the program printed more than coroscope keeps (1 MB)",
            ));
        }
        Ok(())
    }

    /// What the interpreter itself reports (tracebacks, warnings,
    /// asyncio's diagnostics) goes to `sys.stderr` as the program left
    /// it: `sys.stderr = sys.stdout` puts them on stdout, a StringIO
    /// collects them, None drops them, as CPython writes to whatever
    /// `sys.stderr` is. A replacement's own failure, a halted run or a
    /// report made while writing to the replacement go to the real stderr.
    pub fn write_stderr(&mut self, s: &str) {
        use crate::engine::vm::builtins::functions::StreamTarget;
        let replaced = match self.modules.get("sys").copied() {
            Some(sys) if self.halt.is_none() && !self.writing_stderr => {
                let sym = self.intern("stderr");
                self.ns_get(sys, sym)
            }
            _ => None,
        };
        let Some(stream) = replaced else {
            return self.write_stderr_raw(s);
        };
        match self.stream_target(&stream) {
            StreamTarget::Stderr => self.write_stderr_raw(s),
            StreamTarget::Nothing => {}
            StreamTarget::Stdout => {
                if let Err(e) = self.write_stdout(s) {
                    self.drop_val(e);
                }
            }
            StreamTarget::Object => {
                self.writing_stderr = true;
                let write = self.intern("write");
                let r = self.call_method(&stream, write, &[Value::Str(s.into())]);
                self.writing_stderr = false;
                match r {
                    Ok(v) => self.drop_val(v),
                    Err(e) => {
                        self.drop_val(e);
                        self.write_stderr_raw(s);
                    }
                }
            }
        }
    }

    /// Bytes for the process's own stderr (`sys.__stderr__`).
    pub fn write_stderr_raw(&mut self, s: &str) {
        let start = self.stderr.len();
        self.stderr.extend_from_slice(s.as_bytes());
        self.note(Note::Output {
            stderr: true,
            start,
        });
    }

    /// Runs a module's code with `module` as its globals.
    pub fn run_module_code(
        &mut self,
        code: std::rc::Rc<crate::engine::compile::code::Code>,
        module: ObjRef,
    ) -> PyResult<()> {
        self.set_module_doc(module, &code);
        self.heap.incref_obj(module);
        self.heap.incref_obj(module);
        let frame = self.alloc_frame(code, module, Some(module));
        let v = self.run_frame_native(frame)?;
        self.drop_val(v);
        Ok(())
    }

    /// A module's `__doc__`: its docstring, or None (CPython sets it when
    /// the module is made, before its code runs).
    pub fn set_module_doc(&mut self, module: ObjRef, code: &crate::engine::compile::code::Code) {
        let doc = code.doc.clone().map_or(Value::None, Value::Str);
        let sym = self.intern("__doc__");
        self.ns_set(module, sym, doc);
    }

    /// The module a name is defined in, for `__module__`.
    /// Copies the VM into `frozen` at the step where fuel ran out, as it
    /// stands after `limits.fuel` instructions.
    pub fn freeze_if_asked(&mut self) {
        if self.freeze_on_fuel {
            let mut copy = self.clone();
            copy.steps -= 1;
            copy.freeze_on_fuel = false;
            self.frozen = Some(Box::new(copy));
        }
    }

    pub fn module_name_of(&self, globals: ObjRef) -> Rc<str> {
        match self.heap.get(globals) {
            Obj::Module(m) => m.name.clone(),
            _ => "__main__".into(),
        }
    }
}

/// Recent class attribute lookups, direct-mapped by (class serial, name):
/// one probe, and a collision just overwrites. Clearing bumps a generation
/// instead of touching every entry; class serials start at 1, so serial 0
/// marks an entry never filled.
///
/// A cache, not program state: a clone of the VM starts with an empty one.
#[derive(Debug, Default)]
pub struct MroCache {
    entries: Vec<MroEntry>,
    generation: u32,
}

#[derive(Clone, Debug, Default)]
struct MroEntry {
    serial: u64,
    name: u32,
    generation: u32,
    found: Option<Value>,
}

const MRO_CACHE_SIZE: usize = 1024;

impl Clone for MroCache {
    fn clone(&self) -> MroCache {
        MroCache::default()
    }
}

impl MroCache {
    #[inline]
    fn slot(serial: u64, name: Sym) -> usize {
        let h = (serial ^ ((name.0 as u64) << 20)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> 54) as usize & (MRO_CACHE_SIZE - 1)
    }

    #[inline]
    pub fn get(&self, serial: u64, name: Sym) -> Option<&Option<Value>> {
        let e = self.entries.get(Self::slot(serial, name))?;
        (e.serial == serial && e.name == name.0 && e.generation == self.generation)
            .then_some(&e.found)
    }

    pub fn insert(&mut self, serial: u64, name: Sym, found: Option<Value>) {
        if self.entries.is_empty() {
            self.entries = vec![MroEntry::default(); MRO_CACHE_SIZE];
        }
        self.entries[Self::slot(serial, name)] = MroEntry {
            serial,
            name: name.0,
            generation: self.generation,
            found,
        };
    }

    /// Moves whenever any class dict changes.
    pub fn generation(&self) -> u32 {
        self.generation
    }

    pub fn clear(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // After 2^32 clears an old entry could look current again.
            self.entries.clear();
        }
    }
}

/// A fast hash for small integer keys (FxHash).
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
}

pub type BuildFx = std::hash::BuildHasherDefault<FxHasher>;
