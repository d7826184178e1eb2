//! Exception groups and `except*` (PEP 654): `BaseExceptionGroup`,
//! `ExceptionGroup`, `split`/`subgroup`/`derive`, and the state an `except*`
//! statement keeps while its clauses take their share of a group.

use super::Vm;
use super::object::{Obj, PyResult};
use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

type Kw<'a> = &'a [(Sym, Value)];

impl Vm {
    pub fn is_group(&self, v: &Value) -> bool {
        self.exc_data(v).is_some_and(|d| d.group.is_some())
    }

    /// The sub-exceptions of a group (borrowed).
    pub fn group_items(&self, v: &Value) -> Vec<Value> {
        match self.exc_data(v).and_then(|d| d.group.clone()) {
            Some((_, list)) => self.tuple_items(&list),
            None => Vec::new(),
        }
    }

    fn group_message(&self, v: &Value) -> Value {
        self.exc_data(v)
            .and_then(|d| d.group.as_ref().map(|g| g.0.clone()))
            .unwrap_or(Value::str(""))
    }

    /// `BaseExceptionGroup(message, excs)`: an `ExceptionGroup` when every
    /// member is an `Exception` and `cls` is `BaseExceptionGroup` itself.
    pub fn new_exception_group(
        &mut self,
        cls: ObjRef,
        message: &Value,
        excs: &Value,
    ) -> PyResult<Value> {
        if !matches!(message, Value::Str(_)) {
            let cname = self.class_name(message);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {cname}"
            )));
        }
        let items = match excs {
            Value::Obj(r) if matches!(self.heap.get(*r), Obj::List(_) | Obj::Tuple(_)) => {
                self.tuple_items(excs)
            }
            _ => {
                return Err(
                    self.type_error("second argument (exceptions) must be a sequence".into())
                );
            }
        };
        if items.is_empty() {
            return Err(self
                .value_error("second argument (exceptions) must be a non-empty sequence".into()));
        }
        let exception = self.exc_class("Exception");
        let mut all_exceptions = true;
        for (i, e) in items.iter().enumerate() {
            if self.exc_data(e).is_none() {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            if !self.isinstance(e, exception) {
                all_exceptions = false;
            }
        }
        let base_group = self.exc_class("BaseExceptionGroup");
        let mut cls = cls;
        if cls == base_group && all_exceptions {
            cls = self.exc_class("ExceptionGroup");
        } else if self.is_subclass(cls, exception) && !all_exceptions {
            return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup".into()));
        }
        let m = self.dup(message);
        let l = self.dup(excs);
        let args = self.new_tuple(vec![m, l]);
        let eg = self.object_new(cls, &self.tuple_items(&args))?;
        self.drop_val(args);
        let m = self.dup(message);
        let list: Vec<Value> = items.iter().map(|x| self.dup(x)).collect();
        let list = self.new_tuple(list);
        if let Some(d) = self.exc_data_mut(&eg) {
            d.group = Some((m, list));
        }
        Ok(eg)
    }

    /// `eg.derive(excs)` keeping the group's metadata.
    fn derive_group(&mut self, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
        let msg = self.group_message(eg);
        let list = self.new_list(excs);
        let base_group = self.exc_class("BaseExceptionGroup");
        let r = self.new_exception_group(base_group, &msg, &list);
        self.drop_val(list);
        let new = r?;
        let (tb, cause, context, sc) = match self.exc_data(eg) {
            Some(d) => (
                d.traceback.clone(),
                d.cause.clone(),
                d.context.clone(),
                d.suppress_context,
            ),
            None => return Ok(new),
        };
        self.heap.incref(&cause);
        self.heap.incref(&context);
        if let Some(d) = self.exc_data_mut(&new) {
            d.traceback = tb;
            let oc = std::mem::replace(&mut d.cause, cause);
            let ox = std::mem::replace(&mut d.context, context);
            d.suppress_context = sc;
            self.drop_val(oc);
            self.drop_val(ox);
        }
        Ok(new)
    }

    /// `eg.split(pred)`: the leaves for which `pred` holds, and the rest,
    /// each as a group of the same shape (or None).
    pub fn group_split(
        &mut self,
        eg: &Value,
        pred: &mut dyn FnMut(&mut Vm, &Value) -> PyResult<bool>,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if pred(self, eg)? {
            return Ok((Some(self.dup(eg)), None));
        }
        if !self.is_group(eg) {
            return Ok((None, Some(self.dup(eg))));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in self.group_items(eg) {
            let (m, r) = self.group_split(&e, pred)?;
            matched.extend(m);
            rest.extend(r);
        }
        let m = if matched.is_empty() {
            None
        } else {
            Some(self.derive_group(eg, matched)?)
        };
        let r = if rest.is_empty() {
            None
        } else {
            Some(self.derive_group(eg, rest)?)
        };
        Ok((m, r))
    }

    fn leaves(&self, v: &Value, out: &mut Vec<Value>) {
        if self.is_group(v) {
            for e in self.group_items(v) {
                self.leaves(&e, out);
            }
        } else {
            out.push(v.clone());
        }
    }

    /// `except*` begins: the state is `[orig, rest, raised, naked]`.
    pub(super) fn except_star_begin(&mut self, exc: &Value) -> PyResult<Value> {
        let naked = !self.is_group(exc);
        let rest = if naked {
            // A tuple, as CPython wraps it: the group's repr shows it.
            let e = self.dup(exc);
            let list = self.new_tuple(vec![e]);
            let base_group = self.exc_class("BaseExceptionGroup");
            let r = self.new_exception_group(base_group, &Value::str(""), &list);
            self.drop_val(list);
            r?
        } else {
            self.dup(exc)
        };
        let orig = self.dup(exc);
        let raised = self.new_list(vec![]);
        Ok(self.new_list(vec![orig, rest, raised, Value::Bool(naked)]))
    }

    /// One `except* T` clause: the matching part, or None.
    pub(super) fn except_star_match(
        &mut self,
        state: &Value,
        typ: &Value,
    ) -> PyResult<Option<Value>> {
        let base_group = self.exc_class("BaseExceptionGroup");
        let types = match typ {
            Value::Obj(r) if matches!(self.heap.get(*r), Obj::Tuple(_)) => self.tuple_items(typ),
            _ => vec![typ.clone()],
        };
        for t in &types {
            if let Value::Obj(r) = t
                && (matches!(self.heap.get(*r), Obj::Class(_)) && self.is_subclass(*r, base_group)
                    || *r == base_group)
            {
                return Err(self.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead."
                        .into(),
                ));
            }
        }
        let items = self.tuple_items(state);
        let rest = items[1].clone();
        if rest.is_none() {
            return Ok(None);
        }
        let typ = typ.clone();
        // A naked exception that matches is handled as its wrapper itself
        // (`exception_group_match`), not a group split from it.
        if matches!(items[3], Value::Bool(true)) {
            let naked = self.group_items(&rest);
            if !self.exception_matches(&naked[0], &typ)? {
                return Ok(None);
            }
            if let Value::Obj(s) = state
                && let Obj::List(l) = self.heap.get_mut(*s)
            {
                let wrapper = std::mem::replace(&mut l[1], Value::None);
                return Ok(Some(wrapper));
            }
        }
        let (m, r) = self.group_split(&rest, &mut |vm, e| {
            if vm.is_group(e) {
                return Ok(false);
            }
            vm.exception_matches(e, &typ)
        })?;
        let Some(m) = m else {
            if let Some(r) = r {
                self.drop_val(r);
            }
            return Ok(None);
        };
        if let Value::Obj(s) = state
            && let Obj::List(l) = self.heap.get_mut(*s)
        {
            let old = std::mem::replace(&mut l[1], r.unwrap_or(Value::None));
            self.drop_val(old);
        }
        Ok(Some(m))
    }

    pub(super) fn except_star_raised(&mut self, state: &Value, raised: Value) {
        let list = self.tuple_items(state)[2].clone();
        if let Value::Obj(l) = list
            && let Obj::List(v) = self.heap.get_mut(l)
        {
            v.push(raised);
            return;
        }
        self.drop_val(raised);
    }

    /// What the `except*` statement raises at its end (`_PyExc_PrepReraiseStar`),
    /// and whether it is a re-raise of the original.
    pub(super) fn except_star_finish(&mut self, state: &Value) -> PyResult<Option<(Value, bool)>> {
        let items = self.tuple_items(state);
        let (orig, rest, raised_list, naked) = (
            items[0].clone(),
            items[1].clone(),
            items[2].clone(),
            items[3].clone(),
        );
        let raised = self.tuple_items(&raised_list);
        if matches!(naked, Value::Bool(true)) {
            if let Some(r) = raised.first() {
                return Ok(Some((self.dup(r), false)));
            }
            if !rest.is_none() {
                return Ok(Some((self.dup(&orig), true)));
            }
            return Ok(None);
        }
        let orig_tb = self
            .exc_data(&orig)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        let mut orig_leaves = Vec::new();
        self.leaves(&orig, &mut orig_leaves);
        let mut keep: Vec<Value> = Vec::new();
        let mut new_raised = Vec::new();
        let mut candidates: Vec<Value> = raised.clone();
        if !rest.is_none() {
            candidates.push(rest.clone());
        }
        for e in candidates {
            let mut ls = Vec::new();
            self.leaves(&e, &mut ls);
            let same_tb = self
                .exc_data(&e)
                .map(|d| d.traceback.clone())
                .unwrap_or_default()
                == orig_tb;
            let from_orig = ls.iter().all(|l| orig_leaves.iter().any(|o| o.is(l)));
            if from_orig && same_tb {
                keep.extend(ls);
            } else {
                new_raised.push(e);
            }
        }
        let reraised = if keep.is_empty() {
            None
        } else {
            let (m, r) = self.group_split(&orig, &mut |_, e| Ok(keep.iter().any(|k| k.is(e))))?;
            if let Some(r) = r {
                self.drop_val(r);
            }
            m
        };
        if new_raised.is_empty() {
            return Ok(reraised.map(|r| (r, true)));
        }
        let mut all: Vec<Value> = new_raised.iter().map(|e| self.dup(e)).collect();
        all.extend(reraised);
        let list = self.new_list(all);
        let base_group = self.exc_class("BaseExceptionGroup");
        let eg = self.new_exception_group(base_group, &Value::str(""), &list);
        self.drop_val(list);
        Ok(Some((eg?, false)))
    }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn group_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(cls) = args[0].as_obj() else {
        return Err(vm.type_error("not a class".into()));
    };
    vm.new_exception_group(cls, &args[1], &args[2])
}

/// `eg.split(type)` / `eg.subgroup(type)` matcher: a type, a tuple of
/// types or a predicate.
fn matcher(vm: &mut Vm, m: &Value, e: &Value) -> PyResult<bool> {
    let is_type =
        matches!(m, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Class(_) | Obj::Tuple(_)));
    if is_type {
        return vm.exception_matches(e, m);
    }
    let r = vm.call_value(m, std::slice::from_ref(e), &[])?;
    let t = vm.truthy(&r);
    vm.drop_val(r);
    t
}

pub fn group_split_native(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let eg = this(args);
    let m = args.get(1).cloned().unwrap_or(Value::None);
    let (a, b) = vm.group_split(&eg, &mut |vm, e| matcher(vm, &m, e))?;
    Ok(vm.new_tuple(vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)]))
}

pub fn group_subgroup(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let eg = this(args);
    let m = args.get(1).cloned().unwrap_or(Value::None);
    let (a, b) = vm.group_split(&eg, &mut |vm, e| matcher(vm, &m, e))?;
    if let Some(b) = b {
        vm.drop_val(b);
    }
    Ok(a.unwrap_or(Value::None))
}

pub fn group_derive(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let eg = this(args);
    let excs = args.get(1).cloned().unwrap_or(Value::None);
    let msg = vm.group_message(&eg);
    let base_group = vm.exc_class("BaseExceptionGroup");
    vm.new_exception_group(base_group, &msg, &excs)
}
