//! Recording of a run: event log, keyframes, seek and narration.
//!
//! A recording ([`record`]) runs the program once with the engine's event
//! log switched on, and keeps a copy of the whole run (a keyframe) every
//! `keyframe_every` steps wherever the run can pause. [`Trace::seek`]
//! rebuilds any step by copying the nearest earlier keyframe and replaying
//! the deterministic engine up to it, then turns the VM into a
//! [`Snapshot`], the plain view model the page draws.
//!
//! A *step* is a count of bytecode instructions: step `n` is the state
//! after `n` instructions (step 0: nothing has run). The other
//! granularities (line, loop callback, loop iteration) are subsets of these
//! indexes, so seek, the timeline, breakpoints and the command line all
//! speak of the same numbers. docs/TRACE.md has the details.

mod hash;
mod json;
mod narration;
mod recorder;
mod snapshot;
mod step;
mod timeline;

pub use json::snapshot_json;
pub use recorder::{RecordOptions, Recorder, Trace, record};
pub use snapshot::{FrameSnap, FutureSnap, GenSnap, HandleSnap, Snapshot, TaskSnap};
pub use step::{Granularity, Until};
pub use timeline::{Segment, SegmentKind};
