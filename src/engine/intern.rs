//! The name interner: identifiers become small integers ([`Sym`]), so
//! attribute and global lookups hash a `u32` instead of a string.

use std::collections::HashMap;
use std::rc::Rc;

pub use crate::engine::compile::code::Sym;

/// Maps names to [`Sym`]s and back. Part of the VM state, so it is `Clone`
/// with everything else.
#[derive(Clone, Default, Debug)]
pub struct Interner {
    names: Vec<Rc<str>>,
    ids: HashMap<Rc<str>, Sym>,
}

impl Interner {
    pub fn intern(&mut self, name: &str) -> Sym {
        if let Some(s) = self.ids.get(name) {
            return *s;
        }
        let rc: Rc<str> = name.into();
        let sym = Sym(self.names.len() as u32);
        self.names.push(rc.clone());
        self.ids.insert(rc, sym);
        sym
    }

    /// The symbol of `name`, if it was ever interned.
    pub fn get(&self, name: &str) -> Option<Sym> {
        self.ids.get(name).copied()
    }

    pub fn name(&self, sym: Sym) -> &Rc<str> {
        &self.names[sym.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}
