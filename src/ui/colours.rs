//! One colour per task, the same in every panel: the card, the queue box,
//! the editor's marker, the timeline lane. The palette is in palette.css
//! (`--task-0` … `--task-7`); this picks the index.

/// How many task colours palette.css defines.
const COLOURS: u32 = 8;

/// The colour index of a task (or of a handle or label that names one:
/// `Task-2.__step()`). `Task-N` takes `N` so neighbours differ; other names
/// are hashed.
pub fn task_colour(label: &str) -> u32 {
    let name = label.split(['.', ' ', '(']).next().unwrap_or(label);
    match name
        .strip_prefix("Task-")
        .and_then(|n| n.parse::<u32>().ok())
    {
        Some(n) => n % COLOURS,
        None => {
            name.bytes()
                .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32))
                % COLOURS
        }
    }
}

/// The CSS class that sets `--colour` to the task's colour.
pub fn colour_class(label: &str) -> String {
    format!("tc-{}", task_colour(label))
}

/// The class for a handle's box: its task's colour when it steps or
/// wakes a task (`Task-2.__wakeup(…)`), neutral otherwise.
pub fn handle_class(label: &str) -> String {
    let task = label
        .split_once(".__")
        .is_some_and(|(n, _)| !n.contains(['(', ' ', '<']));
    if task {
        colour_class(label)
    } else {
        "tc-none".to_string()
    }
}
