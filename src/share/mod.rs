//! Permalinks and embeds.
