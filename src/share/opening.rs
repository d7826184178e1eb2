//! What the page opens for a URL fragment: the program and view of a
//! permalink, of a gallery scenario, or the default program — and, for a
//! link that cannot be opened, the default program with the reason.

use crate::share::permalink::{self, Link, LinkError, Payload};
use crate::share::scenarios::{self, Scenario};
use crate::share::view::{Granularity, Panels, Theme};

/// Everything the page needs to show what a link asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The program and view to show.
    pub payload: Payload,
    /// The gallery scenario the program is from, when the gallery has it
    /// (a permalink may name one that was renamed since).
    pub scenario: Option<&'static Scenario>,
    /// The fragment that opened it (`#` included), or empty for the
    /// default program; an embed's "Open in coroscope" reuses it while the
    /// program is untouched.
    pub fragment: String,
    /// Why the link could not be opened; the page shows it.
    pub error: Option<LinkError>,
}

impl Opening {
    /// What `fragment` (with or without its `#`) opens, over `default_program`.
    pub fn from_fragment(fragment: &str, default_program: &str) -> Opening {
        let default = Payload {
            program: default_program.to_string(),
            step: 0,
            granularity: Granularity::Line,
            panels: Panels::all(),
            theme: Theme::Auto,
            scenario: None,
        };
        let (payload, scenario, error) = match permalink::parse_fragment(fragment) {
            Ok(Link::Default) => (default, None, None),
            Ok(Link::Scenario(s)) => (
                Payload {
                    program: s.source.to_string(),
                    granularity: s.granularity,
                    scenario: Some(s.name.to_string()),
                    ..default
                },
                Some(s),
                None,
            ),
            Ok(Link::Permalink(p)) => {
                let scenario = p.scenario.as_deref().and_then(scenarios::find);
                (p, scenario, None)
            }
            Err(e) => (default, None, Some(e)),
        };
        let bare = fragment.strip_prefix('#').unwrap_or(fragment);
        let fragment = if error.is_none() && !bare.is_empty() {
            format!("#{bare}")
        } else {
            String::new()
        };
        Opening {
            payload,
            scenario,
            fragment,
            error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::view::Panel;

    const DEFAULT: &str = "print('default')\n";

    #[test]
    fn no_fragment_opens_the_default_program() {
        for fragment in ["", "#"] {
            let o = Opening::from_fragment(fragment, DEFAULT);
            assert_eq!(o.payload.program, DEFAULT);
            assert_eq!(o.payload.panels, Panels::all());
            assert_eq!((o.scenario, o.error, o.fragment.as_str()), (None, None, ""));
        }
    }

    #[test]
    fn a_scenario_opens_with_its_granularity() {
        let s = scenarios::all()
            .iter()
            .find(|s| s.granularity != Granularity::Line)
            .expect("a scenario that does not step by line");
        let fragment = permalink::scenario_fragment(s);
        let o = Opening::from_fragment(fragment.trim_start_matches('#'), DEFAULT);
        assert_eq!(o.payload.program, s.source);
        assert_eq!(o.payload.granularity, s.granularity);
        assert_eq!(o.payload.scenario.as_deref(), Some(s.name));
        assert_eq!(o.scenario, Some(s));
        assert_eq!(o.fragment, fragment);
        assert_eq!(o.error, None);
    }

    #[test]
    fn a_permalink_opens_its_payload_and_names_a_known_scenario() {
        let s = &scenarios::all()[3];
        let mut payload = Payload {
            program: "print(1)\n".into(),
            step: 12,
            granularity: Granularity::Iteration,
            panels: [Panel::Editor, Panel::Output].into_iter().collect(),
            theme: Theme::Dark,
            scenario: Some(s.name.into()),
        };
        let fragment = permalink::fragment(&payload).unwrap();
        let o = Opening::from_fragment(&fragment, DEFAULT);
        assert_eq!(o.payload, payload);
        assert_eq!(o.scenario, Some(s));
        assert_eq!(o.fragment, fragment);

        // A name the gallery no longer has is kept in the payload only.
        payload.scenario = Some("renamed_since".into());
        let o = Opening::from_fragment(&permalink::fragment(&payload).unwrap(), DEFAULT);
        assert_eq!((o.scenario, o.error), (None, None));
    }

    #[test]
    fn a_bad_link_opens_the_default_program_with_its_error() {
        for (fragment, error) in [
            ("#p=v1", LinkError::Truncated),
            ("#p=v7.abc", LinkError::UnknownVersion("v7".into())),
            ("#ex=nope", LinkError::UnknownScenario("nope".into())),
            ("#what", LinkError::UnknownFragment),
        ] {
            let o = Opening::from_fragment(fragment, DEFAULT);
            assert_eq!(o.payload.program, DEFAULT, "{fragment}");
            assert_eq!(o.error, Some(error), "{fragment}");
            assert_eq!((o.scenario, o.fragment.as_str()), (None, ""), "{fragment}");
        }
    }
}
