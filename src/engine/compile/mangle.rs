//! Private name mangling (CPython's `_Py_Mangle`): inside a class, an
//! identifier `__spam` becomes `_Class__spam`, so a class's private
//! attributes and variables do not collide with its subclasses'.

use std::borrow::Cow;

/// `name` as written inside the class `private` (the innermost enclosing
/// class, if any). Dunder names (`__init__`), dotted module names and
/// names in a class whose name is all underscores are left alone.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn follows_cpython() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__Inner"), "__v"), "_Inner__v");
        assert_eq!(mangle(Some("_D"), "__y"), "_D__y");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__init__"), "__init__");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(Some("C"), "__"), "__");
        assert_eq!(mangle(Some("C"), "___x__"), "___x__");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
