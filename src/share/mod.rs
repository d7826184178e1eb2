//! Sharing: the gallery of example scenarios, permalinks that carry a
//! program and a position in a URL fragment, and the view settings both use.
//! No web crate here: the page calls into this, and it is tested natively.

pub mod permalink;
pub mod scenarios;
pub mod view;
