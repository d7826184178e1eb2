//! Folders a program makes and removes: `os.mkdir`, `os.rmdir`,
//! `Path.mkdir`, and the checks that make `open(..., 'w')` in a missing
//! folder fail as it does in CPython. Like the files a program writes,
//! they live in memory for the rest of the run (`Vm::dirs`); the disk is
//! never changed.

use std::rc::Rc;

use super::check_args;
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::PyResult;
use crate::engine::vm::value::Value;

type Kw<'a> = &'a [(Sym, Value)];

/// The key a folder is kept under: `./a/` and `a` name the same folder.
pub fn norm(path: &str) -> String {
    let mut p = path;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    let p = if p.len() > 1 {
        p.trim_end_matches('/')
    } else {
        p
    };
    if p.is_empty() {
        ".".to_string()
    } else {
        p.to_string()
    }
}

/// Whether `path` is a folder in this run: one the program made, else
/// (natively) one on disk that it has not removed.
pub fn is_dir(vm: &Vm, path: &str) -> bool {
    let key = norm(path);
    if key == "." || key == "/" {
        return true;
    }
    if let Some(&made) = vm.dirs.get(key.as_str()) {
        return made;
    }
    if matches!(vm.files.get(key.as_str()), Some(Some(_))) {
        return false;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::path::Path::new(&key).is_dir()
    }
    #[cfg(target_arch = "wasm32")]
    {
        false
    }
}

/// Whether a file `path` could be created: its folder exists.
pub fn parent_exists(vm: &Vm, path: &str) -> bool {
    let key = norm(path);
    match key.rsplit_once('/') {
        None => true,
        Some(("", _)) => true,
        Some((parent, _)) => is_dir(vm, parent),
    }
}

fn is_file(vm: &Vm, path: &str) -> bool {
    match vm.files.get(path) {
        Some(text) => text.is_some(),
        None => {
            #[cfg(not(target_arch = "wasm32"))]
            {
                std::path::Path::new(path).is_file()
            }
            #[cfg(target_arch = "wasm32")]
            {
                false
            }
        }
    }
}

/// `os.mkdir(path)`.
pub fn sys_mkdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_mkdir")?;
    let name = super::str_arg(vm, &args[0], "path")?;
    if is_dir(vm, &name) || is_file(vm, &name) {
        return Err(vm.new_os_error("FileExistsError", 17, "File exists", &name));
    }
    if !parent_exists(vm, &name) {
        return Err(vm.new_os_error("FileNotFoundError", 2, "No such file or directory", &name));
    }
    vm.dirs.insert(Rc::from(norm(&name)), true);
    Ok(Value::None)
}

/// `os.rmdir(path)`: only an empty folder goes.
pub fn sys_rmdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_rmdir")?;
    let name = super::str_arg(vm, &args[0], "path")?;
    if !is_dir(vm, &name) {
        return Err(if is_file(vm, &name) {
            vm.new_os_error("NotADirectoryError", 20, "Not a directory", &name)
        } else {
            vm.new_os_error("FileNotFoundError", 2, "No such file or directory", &name)
        });
    }
    let key = norm(&name);
    if key == "." || !super::modules::list_dir(vm, &name)?.is_empty() {
        return Err(vm.new_os_error("OSError", 39, "Directory not empty", &name));
    }
    if vm.dirs.get(key.as_str()) == Some(&true) {
        vm.dirs.remove(key.as_str());
    } else {
        // A folder on disk stays there; the run no longer sees it.
        vm.dirs.insert(Rc::from(key), false);
    }
    Ok(Value::None)
}

/// `os.path.isdir(path)` for paths below the working folder.
pub fn sys_isdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_isdir")?;
    let name = super::str_arg(vm, &args[0], "path")?;
    Ok(Value::Bool(is_dir(vm, &name)))
}
