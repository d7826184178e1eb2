//! What the pattern-matching instructions ask of values: CPython's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS`
//! (`match_keys` and `match_class` in `Python/ceval.c`).
//!
//! CPython decides "sequence" and "mapping" by type flags that builtin
//! types set and subclasses inherit, and that `collections.abc.Sequence`
//! and `Mapping` give the classes deriving from them. Here the same answer
//! comes from the value's kind and its class's ancestry.

use super::Vm;
use super::builtins::abc_isinstance;
use super::object::{BuiltinKind, Obj, PyResult};
use super::value::{ObjRef, Value};

/// Which structural patterns may match a value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    Sequence,
    Mapping,
    Neither,
}

/// The classes whose subclasses count as sequences or mappings, by module
/// and name: the abstract base classes, and the `collections` classes
/// that CPython derives from them.
const SEQUENCE_CLASSES: &[(&str, &str)] = &[
    ("collections.abc", "Sequence"),
    ("collections.abc", "MutableSequence"),
    ("collections", "UserList"),
];
const MAPPING_CLASSES: &[(&str, &str)] = &[
    ("collections.abc", "Mapping"),
    ("collections.abc", "MutableMapping"),
    ("collections", "UserDict"),
    ("collections", "ChainMap"),
];

/// The builtin types a class pattern matches against the subject itself
/// with one positional sub-pattern (`int(x)`; CPython's
/// `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
fn matches_self(kind: BuiltinKind) -> bool {
    use BuiltinKind::*;
    matches!(
        kind,
        Bool | Bytes | Dict | Float | FrozenSet | Int | List | Set | Str | Tuple
    )
}

impl Vm {
    fn collection_kind(&self, v: &Value) -> Collection {
        let Value::Obj(r) = v else {
            return Collection::Neither;
        };
        match self.heap.get(*r) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Range { .. } | Obj::Deque(_) => {
                Collection::Sequence
            }
            Obj::Dict(_) => Collection::Mapping,
            Obj::Instance(i) => self.class_collection_kind(i.class),
            _ => Collection::Neither,
        }
    }

    fn class_collection_kind(&self, cls: ObjRef) -> Collection {
        let class = self.class(cls);
        match class.builtin {
            BuiltinKind::List | BuiltinKind::Tuple | BuiltinKind::Deque => {
                return Collection::Sequence;
            }
            BuiltinKind::Dict => return Collection::Mapping,
            _ => {}
        }
        for ancestor in &class.mro {
            let c = self.class(*ancestor);
            let key = (&*c.module, &*c.name);
            if SEQUENCE_CLASSES.contains(&key) {
                return Collection::Sequence;
            }
            if MAPPING_CLASSES.contains(&key) {
                return Collection::Mapping;
            }
        }
        Collection::Neither
    }

    /// `MATCH_SEQUENCE`: str, bytes and bytearray are not sequences here.
    pub fn match_sequence(&self, subject: &Value) -> bool {
        self.collection_kind(subject) == Collection::Sequence
    }

    /// `MATCH_MAPPING`.
    pub fn match_mapping(&self, subject: &Value) -> bool {
        self.collection_kind(subject) == Collection::Mapping
    }

    /// `MATCH_KEYS`: the values of `keys` (a tuple) in `subject`, read with
    /// `subject.get(key, sentinel)` so that a `defaultdict` grows no keys;
    /// None if one is missing. A key given twice is a ValueError.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.tuple_items(keys);
        let mut values: Vec<Value> = Vec::with_capacity(keys.len());
        let result = self.match_keys_into(subject, &keys, &mut values);
        match result {
            Ok(true) => Ok(self.new_tuple(values)),
            other => {
                self.heap.decref_all(values);
                other.map(|_| Value::None)
            }
        }
    }

    fn match_keys_into(
        &mut self,
        subject: &Value,
        keys: &[Value],
        values: &mut Vec<Value>,
    ) -> PyResult<bool> {
        if keys.is_empty() {
            return Ok(true);
        }
        let exact_dict =
            matches!(subject, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)));
        let get = self.intern("get");
        let object = Value::Obj(self.types.object);
        let sentinel = self.call_value(&object, &[], &[])?;
        let result = (|| {
            for (i, key) in keys.iter().enumerate() {
                for seen in &keys[..i] {
                    if self.eq(seen, key)? {
                        let r = self.repr(key)?;
                        return Err(self.new_exc(
                            "ValueError",
                            format!("mapping pattern checks duplicate key ({r})"),
                        ));
                    }
                }
                let value = if exact_dict {
                    self.dict_get(subject, key)?
                } else {
                    let v = self.call_method(subject, get, &[key.clone(), sentinel.clone()])?;
                    if v.is(&sentinel) {
                        self.drop_val(v);
                        None
                    } else {
                        Some(v)
                    }
                };
                match value {
                    Some(v) => values.push(v),
                    None => return Ok(false),
                }
            }
            Ok(true)
        })();
        self.drop_val(sentinel);
        result
    }

    /// `MATCH_CLASS`: `subject`'s attributes for a class pattern with
    /// `nargs` positional sub-patterns and the keyword names in `names` (a
    /// tuple), as a tuple; None when `subject` is not an instance of `cls`
    /// or lacks one of them.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Some(class) = cls
            .as_obj()
            .filter(|r| matches!(self.heap.get(*r), Obj::Class(_)))
        else {
            return Err(self.type_error("called match pattern must be a type".into()));
        };
        if !(self.isinstance(subject, class) || abc_isinstance(self, subject, class)) {
            return Ok(Value::None);
        }
        let mut attrs: Vec<Value> = Vec::new();
        let result = self.match_class_into(subject, cls, class, nargs, names, &mut attrs);
        match result {
            Ok(true) => Ok(self.new_tuple(attrs)),
            other => {
                self.heap.decref_all(attrs);
                other.map(|_| Value::None)
            }
        }
    }

    fn match_class_into(
        &mut self,
        subject: &Value,
        cls: &Value,
        class: ObjRef,
        nargs: usize,
        names: &Value,
        attrs: &mut Vec<Value>,
    ) -> PyResult<bool> {
        let type_name = self.class(class).name.clone();
        let mut seen: Vec<std::rc::Rc<str>> = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = self.match_args(cls, class)?;
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                self.heap.decref_all(match_args);
                return Err(self.type_error(format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(self.dup(subject));
            } else {
                let result = self.match_positional(
                    subject,
                    &type_name,
                    &match_args[..nargs],
                    &mut seen,
                    attrs,
                );
                self.heap.decref_all(match_args);
                if !result? {
                    return Ok(false);
                }
            }
        }
        for name in self.tuple_items(names) {
            let Value::Str(name) = name else {
                continue;
            };
            match self.match_class_attr(subject, &type_name, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `cls.__match_args__` (a new reference to each name), or no names
    /// and whether `cls` matches the subject itself when it has none.
    fn match_args(&mut self, cls: &Value, class: ObjRef) -> PyResult<(Vec<Value>, bool)> {
        let sym = self.intern("__match_args__");
        match self.getattr(cls, sym) {
            Ok(value) => {
                let items = match &value {
                    Value::Obj(r) => match self.heap.get(*r) {
                        Obj::Tuple(items) => Some(items.to_vec()),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(items) = items else {
                    let type_name = self.class(class).name.clone();
                    let got = self.class_name(&value);
                    self.drop_val(value);
                    return Err(self.type_error(format!(
                        "{type_name}.__match_args__ must be a tuple (got {got})"
                    )));
                };
                for item in &items {
                    self.heap.incref(item);
                }
                self.drop_val(value);
                Ok((items, false))
            }
            Err(e) if self.exc_is(&e, "AttributeError") => {
                self.drop_val(e);
                Ok((Vec::new(), matches_self(self.class(class).builtin)))
            }
            Err(e) => Err(e),
        }
    }

    fn match_positional(
        &mut self,
        subject: &Value,
        type_name: &str,
        names: &[Value],
        seen: &mut Vec<std::rc::Rc<str>>,
        attrs: &mut Vec<Value>,
    ) -> PyResult<bool> {
        for name in names {
            let Value::Str(name) = name else {
                let got = self.class_name(name);
                return Err(self.type_error(format!(
                    "__match_args__ elements must be strings (got {got})"
                )));
            };
            match self.match_class_attr(subject, type_name, name, seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// One attribute of a class pattern; `None` when the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        type_name: &str,
        name: &std::rc::Rc<str>,
        seen: &mut Vec<std::rc::Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.contains(name) {
            let r = crate::engine::numeric::str_repr::str_repr(name);
            return Err(self.type_error(format!(
                "{type_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.clone());
        let sym = self.intern(name);
        match self.getattr(subject, sym) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(&e, "AttributeError") => {
                self.drop_val(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}
