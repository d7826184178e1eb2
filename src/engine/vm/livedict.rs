//! `obj.__dict__`, `vars(obj)` and `globals()` as CPython gives them: the
//! object's own namespace, so `self.__dict__.update(kw)` or
//! `globals()[name] = v` change the attributes and globals.
//!
//! Coroscope keeps attributes in a `SymMap` (fast lookups by interned name),
//! so the dict is a mirror made on first request and kept by the owner:
//! writes to the dict go through to the `SymMap` (`dict_wrote`), and writes
//! to the attributes go into the dict (`live_dict_sync`). Fast paths that
//! write a `SymMap` directly step aside while an owner has a dict.

use super::Vm;
use super::object::{Obj, PyResult};
use super::symmap::SymMap;
use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

impl Vm {
    /// The live dict of an instance or module (a new reference), made on
    /// first use.
    pub fn live_dict(&mut self, owner: ObjRef) -> PyResult<Value> {
        if let Some(d) = self.live_of(owner) {
            return Ok(self.dup(&Value::Obj(d)));
        }
        let slots = self.owner_slots(owner);
        let entries: Vec<(Sym, Value)> = match self.heap.get(owner) {
            Obj::Instance(i) => i
                .dict
                .iter()
                .filter(|(k, _)| !slots.contains(k))
                .map(|(k, v)| (k, v.clone()))
                .collect(),
            Obj::Module(m) => m.dict.iter().map(|(k, v)| (k, v.clone())).collect(),
            _ => Vec::new(),
        };
        let d = self.new_dict();
        for (k, v) in entries {
            let key = Value::Str(self.sym_str(k));
            let v = self.dup(&v);
            self.dict_set(&d, key, v)?;
        }
        let Value::Obj(dr) = d else {
            unreachable!("a dict is an object")
        };
        if let Obj::Dict(t) = self.heap.get_mut(dr) {
            t.owner = Some(owner);
        }
        match self.heap.get_mut(owner) {
            Obj::Instance(i) => i.live = Some(dr),
            Obj::Module(m) => m.live = Some(dr),
            _ => return Ok(d),
        }
        // One reference for the owner, one for the caller.
        self.heap.incref_obj(dr);
        Ok(d)
    }

    /// The slot names of an instance: its namespace holds their values,
    /// its `__dict__` does not (CPython keeps slots apart from the dict).
    fn owner_slots(&self, owner: ObjRef) -> Vec<Sym> {
        match self.heap.get(owner) {
            Obj::Instance(i) => self.slot_syms(i.class),
            _ => Vec::new(),
        }
    }

    fn live_of(&self, owner: ObjRef) -> Option<ObjRef> {
        match self.heap.get(owner) {
            Obj::Instance(i) => i.live,
            Obj::Module(m) => m.live,
            _ => None,
        }
    }

    /// After `owner`'s attribute `name` was set or deleted: the same in its
    /// live dict, if it has one.
    pub fn live_dict_sync(&mut self, owner: ObjRef, name: Sym) {
        let Some(dr) = self.live_of(owner) else {
            return;
        };
        if self.owner_slots(owner).contains(&name) {
            return;
        }
        let cur = match self.heap.get(owner) {
            Obj::Instance(i) => i.dict.get(name).cloned(),
            Obj::Module(m) => m.dict.get(name).cloned(),
            _ => None,
        };
        let d = Value::Obj(dr);
        // Detached while it changes, so the change is not mirrored back.
        self.set_dict_owner(dr, None);
        let key = Value::Str(self.sym_str(name));
        // Str keys hash and compare without running Python code: these
        // cannot fail.
        match cur {
            Some(v) => {
                let v = self.dup(&v);
                let _ = self.dict_set(&d, key, v);
            }
            None => {
                if let Ok(Some(old)) = self.dict_remove(&d, &key) {
                    self.drop_val(old);
                }
            }
        }
        self.set_dict_owner(dr, Some(owner));
    }

    fn set_dict_owner(&mut self, dr: ObjRef, owner: Option<ObjRef>) {
        if let Obj::Dict(t) = self.heap.get_mut(dr) {
            t.owner = owner;
        }
    }

    /// The owner of dict `d` if `d` is still its live dict.
    pub fn dict_owner(&self, d: &Value) -> Option<ObjRef> {
        let Value::Obj(dr) = d else { return None };
        let Obj::Dict(t) = self.heap.get(*dr) else {
            return None;
        };
        let o = t.owner?;
        (self.live_of(o) == Some(*dr)).then_some(o)
    }

    /// After key `key` of live dict `d` was set or deleted: the same in its
    /// owner's namespace (keys other than strs have no attribute).
    pub fn dict_wrote(&mut self, d: &Value, owner: ObjRef, key: &Value) {
        let Value::Str(s) = key else { return };
        let name = self.intern(s);
        let cur = self.dict_get(d, key).ok().flatten();
        let map = match self.heap.get_mut(owner) {
            Obj::Instance(i) => &mut i.dict,
            Obj::Module(m) => &mut m.dict,
            _ => return,
        };
        let old = match cur {
            Some(v) => map.insert(name, v),
            None => map.remove(name),
        };
        if let Some(o) = old {
            self.drop_val(o);
        }
    }

    /// After live dict `d` was emptied or lost entries in bulk: its owner's
    /// namespace made the same again.
    pub fn dict_wrote_all(&mut self, d: &Value, owner: ObjRef) {
        let mut fresh = SymMap::new();
        for (k, v) in self.dict_items(d) {
            if let Value::Str(s) = k {
                let name = self.intern(&s);
                let v = self.dup(&v);
                if let Some(o) = fresh.insert(name, v) {
                    self.drop_val(o);
                }
            }
        }
        // The slots' values are not the dict's to take away.
        for name in self.owner_slots(owner) {
            let kept = match self.heap.get(owner) {
                Obj::Instance(i) => i.dict.get(name).cloned(),
                _ => None,
            };
            if let Some(v) = kept {
                let v = self.dup(&v);
                if let Some(o) = fresh.insert(name, v) {
                    self.drop_val(o);
                }
            }
        }
        let map = match self.heap.get_mut(owner) {
            Obj::Instance(i) => &mut i.dict,
            Obj::Module(m) => &mut m.dict,
            _ => return,
        };
        let old = std::mem::replace(map, fresh);
        let mut vals = Vec::new();
        old.drain_values(&mut vals);
        for v in vals {
            self.drop_val(v);
        }
    }

    /// `obj.__dict__ = d`: `d` becomes the instance's namespace (taking the
    /// reference).
    pub fn replace_live_dict(&mut self, owner: ObjRef, d: Value) {
        let Value::Obj(dr) = d else { return };
        let old = match self.heap.get_mut(owner) {
            Obj::Instance(i) => i.live.replace(dr),
            _ => {
                self.drop_val(d);
                return;
            }
        };
        if let Some(o) = old {
            self.set_dict_owner(o, None);
            self.drop_val(Value::Obj(o));
        }
        self.set_dict_owner(dr, Some(owner));
        self.dict_wrote_all(&d, owner);
    }

    /// `sys.modules`: the modules imported so far, by name. A copy made on
    /// each read (importing does not consult it).
    pub fn sys_modules(&mut self) -> PyResult<Value> {
        let mut mods: Vec<(std::rc::Rc<str>, ObjRef)> =
            self.modules.iter().map(|(k, v)| (k.clone(), *v)).collect();
        mods.sort();
        let d = self.new_dict();
        for (k, m) in mods {
            self.heap.incref_obj(m);
            self.dict_set(&d, Value::Str(k), Value::Obj(m))?;
        }
        Ok(d)
    }
}
