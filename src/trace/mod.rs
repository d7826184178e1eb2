//! Recording of a run: event log, keyframes, seek and narration.
