//! Running a whole program: parse, compile, execute, and report the way
//! `python3 FILE` does (stdout, stderr with a traceback, exit code).

use crate::engine::compile::compile_module;
use crate::engine::syntax::parse_module;
use crate::engine::vm::object::{Module, Obj};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::Value;
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
    let mut vm = Vm::new(filename, source, limits);
    let exit_code = run_main(&mut vm, filename, source);
    RunOutput {
        stdout: vm.stdout,
        stderr: vm.stderr,
        exit_code,
    }
}

/// Runs the program in `vm`; returns the exit code.
pub fn run_main(vm: &mut Vm, filename: &str, source: &str) -> i32 {
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
            vm.write_stderr(&format!(
                "  File \"{filename}\", line {line}\n    {}\n    {}^\n{}: {}\n",
                trimmed.trim_end(),
                " ".repeat(col),
                e.python_type(),
                e.message
            ));
            return 1;
        }
    };
    let code = match compile_module(&module, filename, &mut vm.interner) {
        Ok(c) => c,
        Err(e) => {
            let line = e.span.line;
            let text = source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("")
                .trim();
            vm.write_stderr(&format!(
                "  File \"{filename}\", line {line}\n    {text}\n{}: {}\n",
                e.kind, e.message
            ));
            return 1;
        }
    };
    let main = vm.heap.alloc(Obj::Module(Box::new(Module {
        name: "__main__".into(),
        dict: SymMap::new(),
    })));
    let name_sym = vm.names.name;
    vm.ns_set(main, name_sym, Value::str("__main__"));
    let file_sym = vm.names.file;
    vm.ns_set(main, file_sym, Value::Str(filename.into()));
    vm.main_module = Some(main);
    vm.modules.insert("__main__".into(), main);
    vm.heap.incref_obj(main);
    let frame = crate::engine::vm::frame::Frame {
        code,
        ip: 0,
        lasti: 0,
        stack: Vec::new(),
        locals: Vec::new(),
        cells: Vec::new(),
        globals: main,
        namespace: Some(main),
        blocks: Vec::new(),
        handled: Vec::new(),
        func: Value::Null,
        generator: None,
        cont: crate::engine::vm::frame::Cont::Native,
    };
    vm.heap.incref_obj(main);
    vm.heap.incref_obj(main);
    let result = vm.run_frame_native(frame);
    vm.run_finalizers();
    let code = report_result(vm, result);
    teardown(vm, main);
    code
}

/// Interpreter shutdown: the main module's names are cleared the way
/// CPython's `_PyModule_ClearDict` clears them (single-underscore names
/// first, then the rest, in definition order), so objects they kept alive
/// are finalized in CPython's order, after the program's last line.
fn teardown(vm: &mut Vm, main: crate::engine::vm::value::ObjRef) {
    if vm.halt.is_some() {
        return;
    }
    let keys: Vec<crate::engine::intern::Sym> = match vm.heap.get(main) {
        Obj::Module(m) => m.dict.keys().to_vec(),
        _ => return,
    };
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

fn report_result(vm: &mut Vm, result: Result<Value, Value>) -> i32 {
    match result {
        Ok(v) => {
            vm.drop_val(v);
            0
        }
        Err(exc) => {
            if vm.exc_is(&exc, "SystemExit") {
                let args = vm.exc_args(&exc);
                return match args.first() {
                    None | Some(Value::None) => 0,
                    Some(Value::Int(i)) => *i as i32,
                    Some(other) => {
                        let other = other.clone();
                        let s = vm.str_of(&other).map(|s| s.to_string()).unwrap_or_default();
                        vm.write_stderr(&format!("{s}\n"));
                        1
                    }
                };
            }
            let text = vm.format_traceback(&exc);
            vm.write_stderr(&text);
            1
        }
    }
}
