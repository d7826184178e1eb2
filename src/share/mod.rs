//! Sharing: the gallery of example scenarios, permalinks that carry a
//! program and a position in a URL fragment, the view settings both use,
//! what a fragment opens, the embed addresses and snippet, and the SVG
//! export.
//! No web crate here: the page calls into this, and it is tested natively.

pub mod embed;
pub mod opening;
pub mod permalink;
pub mod scenarios;
pub mod svg;
pub mod view;
