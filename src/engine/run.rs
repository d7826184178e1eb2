//! Running a whole program: parse, compile, execute, and report the way
//! `python3 FILE` does (stdout, stderr with a traceback, exit code).

use crate::engine::compile::compile_main;
use crate::engine::syntax::parse_module;
use crate::engine::vm::interp::Exit;
use crate::engine::vm::object::{Module, Obj};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};
use crate::engine::vm::{Limits, Vm};

/// What a run printed and how it ended.
#[derive(Clone, Debug, PartialEq)]
pub struct RunOutput {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit_code: i32,
}

/// Runs `source` as the main program `filename`.
pub fn run_source(filename: &str, source: &str, limits: Limits) -> RunOutput {
    run_source_with_stdin(filename, source, limits, "")
}

/// Runs `source` with `stdin` as what it reads from standard input.
pub fn run_source_with_stdin(
    filename: &str,
    source: &str,
    limits: Limits,
    stdin: &str,
) -> RunOutput {
    let mut vm = Vm::new(filename, source, limits);
    vm.stdin = stdin.into();
    let mut session = Session::with_vm(vm, filename, source);
    let exit_code = session.run_to_end();
    RunOutput {
        stdout: session.vm.stdout,
        stderr: session.vm.stderr,
        exit_code,
    }
}

/// Runs the program in `vm`; returns the exit code.
pub fn run_main(vm: &mut Vm, filename: &str, source: &str) -> i32 {
    let placeholder = Vm::new(filename, "", vm.limits.clone());
    let mut session = Session::with_vm(std::mem::replace(vm, placeholder), filename, source);
    let code = session.run_to_end();
    *vm = session.vm;
    code
}

/// How far a session has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Stopped between two instructions of the main program's run loop;
    /// `run_until` continues from there.
    Paused,
    /// The program ended (normally, by an exception, or by a limit) with
    /// this exit code.
    Finished(i32),
}

/// A program run that can stop and go on: the page runs it in slices so a
/// long run never blocks the browser, and the trace keeps clones of it as
/// keyframes to seek from.
///
/// A pause happens only while nothing but the main run loop is on the Rust
/// stack (no native call in progress below the current instruction): then
/// the whole state of the run is the `Vm`, so a clone of the session is a
/// faithful copy that resumes exactly as the original would.
#[derive(Clone)]
pub struct Session {
    pub vm: Vm,
    main: Option<ObjRef>,
    status: Status,
}

impl Session {
    pub fn start(filename: &str, source: &str, limits: Limits) -> Session {
        Session::with_vm(Vm::new(filename, source, limits), filename, source)
    }

    fn with_vm(mut vm: Vm, filename: &str, source: &str) -> Session {
        match load_main(&mut vm, filename, source) {
            Some(main) => {
                // The main frame runs with one native level below it, as
                // `run_frame_native` would give it.
                vm.native_depth += 1;
                vm.resumable_depth = vm.native_depth;
                Session {
                    vm,
                    main: Some(main),
                    status: Status::Paused,
                }
            }
            None => Session {
                vm,
                main: None,
                status: Status::Finished(1),
            },
        }
    }

    pub fn status(&self) -> Status {
        self.status
    }

    /// Instructions executed so far.
    pub fn steps(&self) -> u64 {
        self.vm.steps
    }

    /// Runs until at least `step` instructions have executed and the run
    /// can pause, or until the program ends. The pause can come later than
    /// `step` when a native call (a `__repr__` called by `print`, a callback
    /// the loop runs from Rust) is in progress at `step`.
    pub fn run_until(&mut self, step: u64) -> Status {
        let Status::Paused = self.status else {
            return self.status;
        };
        let Some(main) = self.main else {
            return self.status;
        };
        self.vm.pause_at = step;
        let r = self.vm.run_frames(0);
        self.vm.pause_at = u64::MAX;
        let result = match r {
            Ok(Exit::Paused) => return Status::Paused,
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(v)) => {
                self.vm.drop_val(v);
                Err(self
                    .vm
                    .new_exc_str("SystemError", "the main module yielded"))
            }
            Err(e) => Err(e),
        };
        let vm = &mut self.vm;
        vm.native_depth -= 1;
        vm.resumable_depth = 0;
        vm.run_finalizers();
        let (code, last) = report_result(vm, result);
        run_atexit(vm);
        // CPython keeps the uncaught exception as `sys.last_value` until its
        // shutdown clears `sys`, before the modules: what only its traceback
        // kept alive (a coroutine never awaited) is finalised then.
        if let Some(exc) = last {
            vm.clearing_last_value = true;
            vm.drop_val(exc);
            vm.run_finalizers();
            vm.clearing_last_value = false;
        }
        teardown(vm, main);
        self.status = Status::Finished(code);
        self.status
    }

    pub fn run_to_end(&mut self) -> i32 {
        match self.run_until(u64::MAX) {
            Status::Finished(code) => code,
            Status::Paused => unreachable!("a run with no pause point ends"),
        }
    }
}

/// The carets under a syntax error, as CPython's `print_error_text`
/// draws them: one per character of the range, up to the end of its first
/// line, or one alone for an error at a point.
fn carets(source: &str, span: crate::engine::syntax::ast::Span) -> String {
    let width = source
        .get(span.start as usize..span.end as usize)
        .map(|seg| seg.split('\n').next().unwrap_or("").chars().count())
        .unwrap_or(0);
    "^".repeat(width.max(1))
}

/// Parses and compiles the program and pushes its module frame; on a
/// syntax or compile error, writes it to stderr as CPython does and
/// returns `None`.
fn load_main(vm: &mut Vm, filename: &str, source: &str) -> Option<ObjRef> {
    let module = match parse_module(source) {
        Ok(m) => m,
        Err(e) => {
            let line = e.span.line;
            let text = source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("");
            let trimmed = text.trim_start();
            let indent = text.len() - trimmed.len();
            let col = (e.span.col as usize).saturating_sub(indent);
            // CPython's offset for an unexpected indent falls inside the
            // indentation it strips, so it draws no caret.
            let marks = if e.message == "unexpected indent" {
                String::new()
            } else {
                format!("    {}{}\n", " ".repeat(col), carets(source, e.span))
            };
            vm.write_stderr(&format!(
                "  File \"{filename}\", line {line}\n    {}\n{marks}{}: {}\n",
                trimmed.trim_end(),
                e.python_type(),
                e.message
            ));
            return None;
        }
    };
    let code = match compile_main(&module, filename, &mut vm.interner) {
        Ok((c, warnings)) => {
            // As `warnings.formatwarning` prints them, before the run.
            for (line, message) in warnings {
                let text = source
                    .lines()
                    .nth(line.saturating_sub(1) as usize)
                    .unwrap_or("");
                vm.write_stderr(&format!(
                    "{filename}:{line}: SyntaxWarning: {message}\n  {}\n",
                    text.trim()
                ));
            }
            c
        }
        Err(e) => {
            let line = e.span.line;
            let text = source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("");
            let trimmed = text.trim_start();
            // The compiler's errors are placed by byte, as CPython's
            // symtable and compiler report them (not converted to
            // characters as the parser's are).
            let line_start = source[..(e.span.start as usize).min(source.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let indent = text.len() - trimmed.len();
            let col = (e.span.start as usize)
                .saturating_sub(line_start)
                .saturating_sub(indent);
            vm.write_stderr(&format!(
                "  File \"{filename}\", line {line}\n    {}\n    {}{}\n{}: {}\n",
                trimmed.trim_end(),
                " ".repeat(col),
                carets(source, e.span),
                e.kind,
                e.message
            ));
            return None;
        }
    };
    let main = vm.heap.alloc(Obj::Module(Box::new(Module {
        name: "__main__".into(),
        dict: SymMap::new(),
        live: None,
    })));
    // The names CPython's `__main__` starts with, in the order the
    // oracle's run gives them. Its
    // `__loader__` (a SourceFileLoader, shown with its address) is None
    // here: coroscope has no import machinery objects.
    let name_sym = vm.names.name;
    vm.ns_set(main, name_sym, Value::str("__main__"));
    vm.set_module_doc(main, &code);
    for name in ["__package__", "__loader__", "__spec__"] {
        let sym = vm.intern(name);
        vm.ns_set(main, sym, Value::None);
    }
    let file_sym = vm.names.file;
    vm.ns_set(main, file_sym, Value::Str(filename.into()));
    let builtins = vm.builtins;
    vm.heap.incref_obj(builtins);
    let builtins_sym = vm.intern("__builtins__");
    vm.ns_set(main, builtins_sym, Value::Obj(builtins));
    let cached_sym = vm.intern("__cached__");
    vm.ns_set(main, cached_sym, Value::None);
    vm.main_module = Some(main);
    vm.modules.insert("__main__".into(), main);
    vm.heap.incref_obj(main);
    let mut frame = vm.alloc_frame(code, main, Some(main));
    frame.cont = crate::engine::vm::frame::Cont::Native;
    vm.heap.incref_obj(main);
    vm.heap.incref_obj(main);
    debug_assert!(vm.frames.is_empty(), "the main frame is the first");
    vm.frames.push(frame);
    Some(main)
}

/// The functions the program gave `atexit.register`, if it imported it.
fn run_atexit(vm: &mut Vm) {
    if vm.halt.is_some() {
        return;
    }
    let Some(m) = vm.modules.get("atexit").copied() else {
        return;
    };
    let name = vm.intern("_run_exitfuncs");
    if let Some(f) = vm.ns_get(m, name) {
        let f = vm.dup(&f);
        match vm.call_value(&f, &[], &[]) {
            Ok(v) => vm.drop_val(v),
            Err(e) => vm.drop_val(e),
        }
        vm.drop_val(f);
        vm.run_finalizers();
    }
}

/// Interpreter shutdown: the main module's names are cleared the way
/// CPython's `_PyModule_ClearDict` clears them (single-underscore names
/// first, then the rest, in definition order), so objects they kept alive
/// are finalized in CPython's order, after the program's last line.
fn teardown(vm: &mut Vm, main: ObjRef) {
    if vm.halt.is_some() {
        return;
    }
    let keys: Vec<crate::engine::intern::Sym> = match vm.heap.get(main) {
        Obj::Module(m) => m.dict.keys().to_vec(),
        _ => return,
    };
    vm.heap.weak_quiet = true;
    for pass in 0..2 {
        for k in &keys {
            let name = vm.sym_str(*k);
            let underscore = name.starts_with('_') && !name.starts_with("__");
            if (pass == 0 && !underscore) || (pass == 1 && &*name == "__builtins__") {
                continue;
            }
            let is_none = matches!(vm.ns_get(main, *k), Some(Value::None) | None);
            if is_none {
                continue;
            }
            vm.ns_set(main, *k, Value::None);
            vm.run_finalizers();
        }
    }
    // What only cycles kept alive goes at the end, as CPython's final
    // collection does.
    vm.collect_cycles();
}

/// Prints an uncaught exception: through `sys.excepthook` when the program
/// set one (coroscope has no default hook object), else the traceback.
fn report_uncaught(vm: &mut Vm, exc: &Value) {
    let hook = vm.modules.get("sys").copied().and_then(|sys| {
        let sym = vm.intern("excepthook");
        vm.ns_get(sys, sym)
    });
    let Some(hook) = hook else {
        let text = vm.format_traceback(exc);
        vm.write_stderr(&text);
        return;
    };
    let hook = vm.dup(&hook);
    let cls = vm.class_of(exc);
    vm.heap.incref_obj(cls);
    let tb_sym = vm.intern("__traceback__");
    let tb = vm.getattr(exc, tb_sym).unwrap_or(Value::None);
    let args = [Value::Obj(cls), vm.dup(exc), tb];
    let r = vm.call_value(&hook, &args, &[]);
    for a in args {
        vm.drop_val(a);
    }
    vm.drop_val(hook);
    match r {
        Ok(v) => vm.drop_val(v),
        // PyErr_PrintEx: the hook's own failure, then the original.
        Err(e) => {
            let text = vm.format_traceback(&e);
            vm.write_stderr(&format!(
                "Error in sys.excepthook:\n{text}\nOriginal exception was:\n"
            ));
            vm.drop_val(e);
            let text = vm.format_traceback(exc);
            vm.write_stderr(&text);
        }
    }
}

/// The exit status, and the uncaught exception for the caller to drop.
fn report_result(vm: &mut Vm, result: Result<Value, Value>) -> (i32, Option<Value>) {
    match result {
        Ok(v) => {
            vm.drop_val(v);
            (0, None)
        }
        // The deadlock's report is on stderr already; the error only
        // unwound the frames.
        Err(exc) if vm.halt == Some(crate::engine::vm::Halt::Deadlock) => (1, Some(exc)),
        Err(exc) => {
            if vm.exc_is(&exc, "SystemExit") {
                let args = vm.exc_args(&exc);
                // The exit status is `SystemExit.code`: the only argument,
                // or the tuple of them all when there are several.
                if args.len() > 1 {
                    let items = args.iter().map(|a| vm.dup(a)).collect();
                    let t = vm.new_tuple(items);
                    let s = vm.str_of(&t).map(|s| s.to_string()).unwrap_or_default();
                    vm.drop_val(t);
                    vm.write_stderr(&format!("{s}\n"));
                    return (1, Some(exc));
                }
                let code = match args.first() {
                    None | Some(Value::None) => 0,
                    Some(Value::Int(i)) => *i as i32,
                    Some(Value::Bool(b)) => *b as i32,
                    Some(other) => {
                        let other = other.clone();
                        let s = vm.str_of(&other).map(|s| s.to_string()).unwrap_or_default();
                        vm.write_stderr(&format!("{s}\n"));
                        1
                    }
                };
                // Unlike other exceptions, SystemExit is not kept as
                // `sys.last_value`: it goes before the atexit handlers run.
                vm.drop_val(exc);
                vm.run_finalizers();
                return (code, None);
            }
            report_uncaught(vm, &exc);
            // CPython ends itself with SIGINT after the traceback, which a
            // shell reports as 128 + 2.
            let code = if vm.exc_is(&exc, "KeyboardInterrupt") {
                130
            } else {
                1
            };
            (code, Some(exc))
        }
    }
}
