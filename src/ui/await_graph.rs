//! The await graph (SVG): who awaits whom. Each live task is a node; an
//! edge goes from a task to what it awaits (a Future, another task, a
//! gather's future). Nodes sit in columns by depth: tasks nobody awaits on
//! the left, what they await to their right.

use leptos::prelude::*;

use super::colours::colour_class;
use super::recording::use_recording;
use crate::trace::Snapshot;

const NODE_W: f64 = 150.0;
const NODE_H: f64 = 24.0;
const COL_GAP: f64 = 60.0;
const ROW_GAP: f64 = 8.0;
/// Beyond this many nodes the graph says how many it left out.
const MAX_NODES: usize = 60;

#[derive(Clone, Debug, PartialEq)]
struct Node {
    label: String,
    /// What the node shows: the label, or `gather (Future #4)` for a
    /// gather's future.
    text: String,
    is_task: bool,
    x: f64,
    y: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct Graph {
    nodes: Vec<Node>,
    edges: Vec<(usize, usize)>,
    left_out: usize,
    width: f64,
    height: f64,
}

/// The node labelled `label`, added (as a task or not) if it is new.
fn node(labels: &mut Vec<(String, bool)>, label: &str, is_task: bool) -> usize {
    match labels.iter().position(|(l, _)| l == label) {
        Some(j) => j,
        None => {
            labels.push((label.to_string(), is_task));
            labels.len() - 1
        }
    }
}

fn layout(s: &Snapshot) -> Graph {
    let live: Vec<_> = s
        .tasks
        .iter()
        .filter(|t| matches!(t.state, "running" | "ready" | "waiting"))
        .collect();
    let mut labels: Vec<(String, bool)> = live.iter().map(|t| (t.name.clone(), true)).collect();
    let mut edges = Vec::new();
    for (i, t) in live.iter().enumerate() {
        let Some(target) = &t.awaits else { continue };
        let j = node(&mut labels, target, false);
        edges.push((i, j));
    }
    // A gather's future waits on its children.
    let gathers: Vec<&str> = s
        .futures
        .iter()
        .filter(|f| !f.awaits.is_empty())
        .map(|f| f.label.as_str())
        .collect();
    for f in s.futures.iter().filter(|f| !f.awaits.is_empty()) {
        let i = node(&mut labels, &f.label, false);
        for child in &f.awaits {
            let j = node(&mut labels, child, false);
            edges.push((i, j));
        }
    }
    let left_out = labels.len().saturating_sub(MAX_NODES);
    labels.truncate(MAX_NODES);
    edges.retain(|(a, b)| *a < labels.len() && *b < labels.len());
    // Depth: one more than the deepest awaiter, found by relaxing the edges
    // (a chain of awaits is never longer than the number of nodes).
    let mut depth = vec![0usize; labels.len()];
    for _ in 0..labels.len() {
        let mut changed = false;
        for &(a, b) in &edges {
            if depth[b] < depth[a] + 1 && depth[a] < labels.len() {
                depth[b] = depth[a] + 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut rows = vec![0usize; labels.len() + 1];
    let nodes: Vec<Node> = labels
        .into_iter()
        .zip(&depth)
        .map(|((label, is_task), &d)| {
            let row = rows[d];
            rows[d] += 1;
            let text = if gathers.contains(&label.as_str()) {
                format!("gather ({label})")
            } else {
                label.clone()
            };
            Node {
                label,
                text,
                is_task,
                x: d as f64 * (NODE_W + COL_GAP) + 4.0,
                y: row as f64 * (NODE_H + ROW_GAP) + 4.0,
            }
        })
        .collect();
    let cols = depth.iter().max().map_or(0, |d| d + 1);
    let most = rows.iter().max().copied().unwrap_or(0);
    Graph {
        nodes,
        edges,
        left_out,
        width: cols as f64 * (NODE_W + COL_GAP) + 8.0,
        height: most as f64 * (NODE_H + ROW_GAP) + 8.0,
    }
}

#[component]
pub fn AwaitGraph() -> impl IntoView {
    let snapshot = use_recording().snapshot;
    let graph = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(layout)));
    move || {
        graph.with(|g| match g {
            Some(g) if !g.nodes.is_empty() => render(g).into_any(),
            _ => view! { <p class="placeholder">"No task awaits anything at this step."</p> }
                .into_any(),
        })
    }
}

fn render(g: &Graph) -> impl IntoView + use<> {
    let edges = g
        .edges
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (&g.nodes[a], &g.nodes[b]);
            let (x1, y1) = (a.x + NODE_W, a.y + NODE_H / 2.0);
            let (x2, y2) = (b.x, b.y + NODE_H / 2.0);
            let (x1, x2) = if x2 > x1 {
                (x1, x2)
            } else {
                (a.x + NODE_W / 2.0, b.x + NODE_W / 2.0)
            };
            let mid = (x1 + x2) / 2.0;
            let edge = format!("{} > {}", a.label, b.label);
            view! {
                <path class="graph-edge" marker-end="url(#arrow)" data-edge=edge
                    d=format!("M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}") />
            }
        })
        .collect_view();
    let nodes = g
        .nodes
        .iter()
        .map(|n| {
            let class = if n.is_task {
                format!("graph-node task {}", colour_class(&n.label))
            } else {
                "graph-node future".to_string()
            };
            view! {
                <g class=class data-label=n.label.clone()>
                    <rect x=n.x y=n.y width=NODE_W height=NODE_H rx="4" />
                    <text x=n.x + 8.0 y=n.y + NODE_H / 2.0 + 4.0>{n.text.clone()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="await-graph" role="img" aria-label="Await graph: which task awaits what"
            width=g.width height=g.height viewBox=format!("0 0 {} {}", g.width, g.height)>
            <defs>
                <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" class="graph-arrow" />
                </marker>
            </defs>
            {edges}
            {nodes}
        </svg>
        {(g.left_out > 0).then(|| view! { <p class="card-line">{format!("and {} more", g.left_out)}</p> })}
    }
}
