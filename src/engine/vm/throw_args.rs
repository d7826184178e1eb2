//! The exception `gen.throw(typ[, val[, tb]])` (and an async generator's
//! `athrow`) raises, from its arguments
//! as CPython's `_gen_throw` reads them (the three-argument form is
//! deprecated but still what older coroutine code calls).

use super::Vm;
use super::object::{Obj, PyResult};
use super::value::Value;

impl Vm {
    /// `typ` a BaseException subclass: made with `val` (none, an instance
    /// of it, a tuple of arguments or one argument); `typ` an instance:
    /// itself, and `val` must be None.
    pub fn throw_args_exception(&mut self, typ: &Value, val: Option<&Value>) -> PyResult<Value> {
        let val = val.filter(|v| !v.is_none());
        if let Value::Obj(r) = typ
            && matches!(self.heap.get(*r), Obj::Class(_))
        {
            let base = self.exc_class("BaseException");
            if self.is_subclass(*r, base) {
                let exc = match val {
                    Some(v) if self.isinstance(v, *r) => self.dup(v),
                    Some(v) => {
                        let args: Vec<Value> = match v {
                            Value::Obj(t) => match self.heap.get(*t) {
                                Obj::Tuple(items) => items.to_vec(),
                                _ => vec![v.clone()],
                            },
                            _ => vec![v.clone()],
                        };
                        self.call_value(typ, &args, &[])?
                    }
                    None => self.call_value(typ, &[], &[])?,
                };
                return self.make_raisable(exc);
            }
        } else if self.exc_data(typ).is_some() {
            if val.is_some() {
                return Err(
                    self.type_error("instance exception may not have a separate value".into())
                );
            }
            return Ok(self.dup(typ));
        }
        let cname = self.class_name(typ);
        Err(self.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {cname}"
        )))
    }
}
