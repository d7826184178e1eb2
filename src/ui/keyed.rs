//! Lists of cards that update in place: the panels key each card by the
//! identity of what it shows (a task's name, a future's label), never by
//! its content, and give each card a signal of its own item. One effect
//! per list compares the new step's items with what each card holds and
//! sets only the signals of the items that changed, so a step wakes only
//! those cards, and in them only the text that changed. A card is created
//! (and animates in) only for a new item.
//!
//! Why not key by content: a card whose task changed would be torn down
//! and rebuilt, and re-keying 200 cards means cloning and hashing all of
//! them at every step. Why not a memo per card: 200 memos (and their
//! effects) would all be woken and re-run at every step to find that
//! nothing changed.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::trace::{FutureSnap, GenSnap, Snapshot, TaskSnap};

/// What names an item of a snapshot's list, step after step.
pub trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for TaskSnap {
    fn key(&self) -> &str {
        &self.name
    }
}

impl Keyed for GenSnap {
    fn key(&self) -> &str {
        &self.name
    }
}

impl Keyed for FutureSnap {
    fn key(&self) -> &str {
        &self.label
    }
}

/// An item's identity: its key and which occurrence of that key it is, as
/// a program may give two tasks the same name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ItemId {
    pub key: String,
    pub nth: usize,
}

/// Picks one list out of a snapshot.
pub type ListOf<T> = fn(&Snapshot) -> &[T];

/// Each item's occurrence number among the items with its key.
fn occurrences<T: Keyed>(items: &[T]) -> impl Iterator<Item = (&T, usize)> {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(items.len());
    items.iter().map(move |item| {
        let nth = seen.entry(item.key()).or_default();
        *nth += 1;
        (item, *nth - 1)
    })
}

// The memo and the effect are made outside the generic code, behind a
// `dyn Fn`: each instance of a generic Leptos memo or effect adds 1–2 KB
// to the page.

type IdsOf = Arc<dyn Fn(&Snapshot) -> Vec<ItemId> + Send + Sync>;

fn ids_memo(snapshot: Memo<Option<Snapshot>>, ids_of: IdsOf) -> Memo<Vec<ItemId>> {
    Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| ids_of(s)).unwrap_or_default()))
}

fn watch(update: Arc<dyn Fn() + Send + Sync>) {
    Effect::new(move |_| update());
}

/// The signal each card reads, by key and then by occurrence.
type Cards<T> = HashMap<String, Vec<Option<ArcRwSignal<Option<T>>>>>;

/// One list of a snapshot, shown as cards that update in place.
pub struct KeyedList<T: Send + Sync + 'static> {
    /// The identities of the items, in order: it changes only when an
    /// item comes, goes or moves, which is when the cards must.
    pub ids: Memo<Vec<ItemId>>,
    cards: StoredValue<Cards<T>>,
    snapshot: Memo<Option<Snapshot>>,
    list: ListOf<T>,
}

impl<T: Send + Sync + 'static> Clone for KeyedList<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for KeyedList<T> {}

impl<T> KeyedList<T>
where
    T: Keyed + Clone + PartialEq + Send + Sync + 'static,
{
    pub fn new(snapshot: Memo<Option<Snapshot>>, list: ListOf<T>) -> Self {
        let ids = ids_memo(
            snapshot,
            Arc::new(move |s| {
                occurrences(list(s))
                    .map(|(item, nth)| ItemId {
                        key: item.key().to_string(),
                        nth,
                    })
                    .collect()
            }),
        );
        let cards = StoredValue::new(Cards::<T>::new());
        let keyed = KeyedList {
            ids,
            cards,
            snapshot,
            list,
        };
        watch(Arc::new(move || keyed.update()));
        keyed
    }

    /// Sets the signal of every card whose item changed, and forgets the
    /// cards of items that are gone.
    fn update(&self) {
        self.snapshot.with(|s| {
            let items = s.as_ref().map_or(&[][..], self.list);
            self.cards.update_value(|cards| {
                let mut seen: HashMap<&str, usize> = HashMap::with_capacity(cards.len());
                for (item, nth) in occurrences(items) {
                    seen.insert(item.key(), nth + 1);
                    let card = cards
                        .get(item.key())
                        .and_then(|c| c.get(nth))
                        .and_then(Option::as_ref);
                    if let Some(card) = card
                        && card.with_untracked(|old| old.as_ref() != Some(item))
                    {
                        card.set(Some(item.clone()));
                    }
                }
                cards.retain(|key, by_nth| {
                    by_nth.truncate(seen.get(key.as_str()).copied().unwrap_or(0));
                    !by_nth.is_empty()
                });
            });
        });
    }

    /// The signal of the card for `id`, made with the item as it is now.
    pub fn item(&self, id: &ItemId) -> RwSignal<Option<T>> {
        let now = self.snapshot.with_untracked(|s| {
            let items = s.as_ref().map_or(&[][..], self.list);
            occurrences(items)
                .find(|(item, nth)| item.key() == id.key && *nth == id.nth)
                .map(|(item, _)| item.clone())
        });
        let signal = ArcRwSignal::new(now);
        self.cards.update_value(|cards| {
            let by_nth = cards.entry(id.key.clone()).or_default();
            if by_nth.len() <= id.nth {
                by_nth.resize(id.nth + 1, None);
            }
            by_nth[id.nth] = Some(signal.clone());
        });
        signal.into()
    }
}
