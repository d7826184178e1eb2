//! A metaclass's `__prepare__`: the mapping a class body starts from and
//! the one the metaclass is called with.
//!
//! A class body always runs in a `Namespace` (the run loop's `LoadName`/
//! `StoreName` read and write it directly), so a prepared mapping is
//! supported when storing into it is what a dict does: a dict, or a dict
//! subclass that leaves `__setitem__`, `__getitem__`, `__delitem__` and
//! `__missing__` to dict (`OrderedDict`). Its entries are seen by the body,
//! and the body's names are written back into it before the metaclass gets
//! it. A mapping that hooks those methods (the Cookbook's "no duplicate
//! definitions" dict, enum's `_EnumDict`) would need each store to call
//! Python code; it is refused with a sentence rather than run wrongly.

use std::rc::Rc;

use super::Vm;
use super::object::{Obj, Payload, PyResult};
use super::symmap::SymMap;
use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

impl Vm {
    /// `meta.__prepare__(name, bases, **kwargs)` when the metaclass defines
    /// its own (type's gives an empty dict, the same as none): the real
    /// dict behind the mapping it returned, or None.
    pub(super) fn prepare_namespace(
        &mut self,
        meta: ObjRef,
        name: &Rc<str>,
        bases: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Option<(Value, Value)>> {
        let sym = self.intern("__prepare__");
        let own = self.lookup_in_mro(meta, sym);
        let types = self.lookup_in_mro(self.types.type_, sym);
        match (&own, &types) {
            (None, _) => return Ok(None),
            (Some(a), Some(b)) if a.is(b) => return Ok(None),
            _ => {}
        }
        let hook = self.getattr(&Value::Obj(meta), sym)?;
        let items: Vec<Value> = bases.iter().map(|b| self.dup(b)).collect();
        let bases_t = self.new_tuple(items);
        let r = self.call_value(&hook, &[Value::Str(name.clone()), bases_t.clone()], kwargs);
        self.drop_val(hook);
        self.drop_val(bases_t);
        let mapping = r?;
        match self.prepared_backing(&mapping) {
            Ok(Some(backing)) => Ok(Some((mapping, backing))),
            Ok(None) => {
                let mname = self.class(meta).name.clone();
                let tname = self.class_name(&mapping);
                self.drop_val(mapping);
                Err(self.type_error(format!(
                    "{mname}.__prepare__() must return a mapping, not {tname}"
                )))
            }
            Err(e) => {
                self.drop_val(mapping);
                Err(e)
            }
        }
    }

    /// The dict a prepared mapping stores into (borrowed), None for what is
    /// no mapping at all, an error for a mapping coroscope cannot run a
    /// class body in.
    fn prepared_backing(&mut self, mapping: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(r) = mapping else {
            return Ok(None);
        };
        let (cls, backing) = match self.heap.get(*r) {
            Obj::Dict(_) => return Ok(Some(mapping.clone())),
            Obj::Instance(inst) => match &inst.payload {
                Payload::Builtin(inner @ Value::Obj(d))
                    if matches!(self.heap.get(*d), Obj::Dict(_)) =>
                {
                    (inst.class, Some(inner.clone()))
                }
                _ => (inst.class, None),
            },
            _ => return Ok(None),
        };
        let getitem = self.intern("__getitem__");
        if backing.is_none() && self.lookup_in_mro(cls, getitem).is_none() {
            return Ok(None);
        }
        let mut hooked = Vec::new();
        for name in ["__setitem__", "__getitem__", "__delitem__", "__missing__"] {
            let sym = self.intern(name);
            let dicts = match self.lookup_in_mro(cls, sym) {
                None => true,
                Some(Value::Obj(f)) => {
                    matches!(self.heap.get(f), Obj::Native(n) if n.owner == "dict")
                }
                Some(_) => false,
            };
            if !dicts {
                hooked.push(name);
            }
        }
        match backing {
            Some(b) if hooked.is_empty() => Ok(Some(b)),
            _ => {
                let cname = self.class(cls).name.clone();
                let how = if hooked.is_empty() {
                    "is not a dict".to_string()
                } else {
                    format!("defines {}", hooked.join(", "))
                };
                Err(self.type_error(format!(
                    "coroscope does not support a class body namespace from \
                     __prepare__ whose type '{cname}' {how}"
                )))
            }
        }
    }

    /// The prepared dict's string-keyed entries, into the body's namespace
    /// before `__module__` and `__qualname__`, as CPython's body finds them.
    pub(super) fn prepared_entries(&mut self, backing: &Value, ns: &mut SymMap) {
        for (k, v) in self.dict_items(backing) {
            if let Value::Str(s) = &k {
                let sym = self.intern(s);
                let v = self.dup(&v);
                if let Some(old) = ns.insert(sym, v) {
                    self.drop_val(old);
                }
            }
        }
    }

    /// The finished body written back into the prepared dict: names the
    /// body deleted go, the rest are set in the body's order.
    pub(super) fn fill_prepared(&mut self, backing: &Value, dict: SymMap) -> PyResult<()> {
        for k in self.dict_keys(backing) {
            if let Value::Str(s) = &k {
                let sym = self.intern(s);
                if !dict.contains(sym)
                    && let Some(v) = self.dict_remove(backing, &k)?
                {
                    self.drop_val(v);
                }
            }
        }
        let mut result = Ok(());
        let pairs: Vec<(Sym, Value)> = dict.iter().map(|(k, v)| (k, v.clone())).collect();
        for (k, v) in pairs {
            let key = Value::Str(self.sym_str(k));
            let v = self.dup(&v);
            if let Err(e) = self.dict_set(backing, key, v) {
                result = Err(e);
                break;
            }
        }
        let mut out = Vec::new();
        dict.drain_values(&mut out);
        self.heap.decref_all(out);
        result
    }
}
