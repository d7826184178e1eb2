//! The view settings a scenario suggests and a permalink carries: the step
//! granularity, which panels are visible, and the colour theme.
//!
//! Each setting has a short, stable id (`line`, `event-loop`, `dark`): the
//! ids appear in content manifests and URLs, so renaming one breaks links.
//! Permalinks store the settings as small numbers (see `permalink.rs`), whose
//! values are fixed here for the same reason.

/// What one step forward means in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Granularity {
    /// A source line executed in any task.
    Line,
    /// One callback run by the event loop (`Handle._run`).
    Callback,
    /// One `_run_once` iteration of the event loop.
    Iteration,
    /// One bytecode instruction, for the curious.
    Bytecode,
}

impl Granularity {
    /// Every granularity, in the order the controls list them.
    pub const ALL: [Granularity; 4] = [
        Granularity::Line,
        Granularity::Callback,
        Granularity::Iteration,
        Granularity::Bytecode,
    ];

    /// The stable id used in manifests and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Granularity::Line => "line",
            Granularity::Callback => "callback",
            Granularity::Iteration => "iteration",
            Granularity::Bytecode => "bytecode",
        }
    }

    /// The granularity whose [`id`](Self::id) is `id`.
    pub fn from_id(id: &str) -> Option<Granularity> {
        Self::ALL.into_iter().find(|g| g.id() == id)
    }

    /// The permalink's byte for this granularity.
    pub(crate) fn code(self) -> u8 {
        match self {
            Granularity::Line => 0,
            Granularity::Callback => 1,
            Granularity::Iteration => 2,
            Granularity::Bytecode => 3,
        }
    }

    pub(crate) fn from_code(code: u8) -> Option<Granularity> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// A panel of the page that a link can show or hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Panel {
    Editor,
    Output,
    EventLoop,
    Tasks,
    Futures,
    Timeline,
    Narration,
}

impl Panel {
    /// Every panel, in page order.
    pub const ALL: [Panel; 7] = [
        Panel::Editor,
        Panel::Output,
        Panel::EventLoop,
        Panel::Tasks,
        Panel::Futures,
        Panel::Timeline,
        Panel::Narration,
    ];

    /// The stable id used in URLs and embed snippets.
    pub fn id(self) -> &'static str {
        match self {
            Panel::Editor => "editor",
            Panel::Output => "output",
            Panel::EventLoop => "event-loop",
            Panel::Tasks => "tasks",
            Panel::Futures => "futures",
            Panel::Timeline => "timeline",
            Panel::Narration => "narration",
        }
    }

    /// The panel whose [`id`](Self::id) is `id`.
    pub fn from_id(id: &str) -> Option<Panel> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    /// This panel's bit in a permalink's panel mask.
    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of panels, stored as a bit mask (bit `n` is `Panel::ALL[n]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Panels(u16);

impl Panels {
    /// No panel at all.
    pub const NONE: Panels = Panels(0);

    /// Every panel the page has.
    pub fn all() -> Panels {
        Panel::ALL.into_iter().collect()
    }

    pub fn contains(self, panel: Panel) -> bool {
        self.0 & panel.bit() != 0
    }

    pub fn insert(&mut self, panel: Panel) {
        self.0 |= panel.bit();
    }

    pub fn remove(&mut self, panel: Panel) {
        self.0 &= !panel.bit();
    }

    /// The panels in the set, in page order.
    pub fn iter(self) -> impl Iterator<Item = Panel> {
        Panel::ALL.into_iter().filter(move |p| self.contains(*p))
    }

    /// The mask as stored in a permalink.
    pub(crate) fn bits(self) -> u16 {
        self.0
    }

    /// A mask read from a permalink; bits of panels this build does not
    /// know (from a newer page) are dropped rather than refused, so a link
    /// still opens with the panels both versions have.
    pub(crate) fn from_bits(bits: u16) -> Panels {
        Panels(bits & Panels::all().0)
    }
}

impl FromIterator<Panel> for Panels {
    fn from_iter<I: IntoIterator<Item = Panel>>(iter: I) -> Panels {
        let mut set = Panels::NONE;
        for panel in iter {
            set.insert(panel);
        }
        set
    }
}

/// The colour theme a link asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The stable id used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// The theme whose [`id`](Self::id) is `id`.
    pub fn from_id(id: &str) -> Option<Theme> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The permalink's byte for this theme.
    pub(crate) fn code(self) -> u8 {
        match self {
            Theme::Light => 0,
            Theme::Dark => 1,
            Theme::Auto => 2,
        }
    }

    pub(crate) fn from_code(code: u8) -> Option<Theme> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_distinct() {
        for g in Granularity::ALL {
            assert_eq!(Granularity::from_id(g.id()), Some(g));
            assert_eq!(Granularity::from_code(g.code()), Some(g));
        }
        for p in Panel::ALL {
            assert_eq!(Panel::from_id(p.id()), Some(p));
        }
        for t in Theme::ALL {
            assert_eq!(Theme::from_id(t.id()), Some(t));
            assert_eq!(Theme::from_code(t.code()), Some(t));
        }
        assert_eq!(Granularity::from_id("Line"), None);
        assert_eq!(Panel::from_id(""), None);
        assert_eq!(Theme::from_code(3), None);
    }

    #[test]
    fn panel_sets() {
        let mut set: Panels = [Panel::Tasks, Panel::Editor].into_iter().collect();
        assert!(set.contains(Panel::Editor) && set.contains(Panel::Tasks));
        assert!(!set.contains(Panel::Timeline));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Panel::Editor, Panel::Tasks]
        );
        set.remove(Panel::Editor);
        assert_eq!(set.iter().collect::<Vec<_>>(), [Panel::Tasks]);
        assert_eq!(Panels::all().iter().count(), Panel::ALL.len());
        // Unknown bits from a newer page are dropped.
        assert_eq!(Panels::from_bits(0xffff), Panels::all());
        assert_eq!(Panels::from_bits(set.bits()), set);
    }
}
