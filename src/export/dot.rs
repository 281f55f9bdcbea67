//! Graphviz DOT writer: every ID and attribute quoted and escaped; colour by stance,
//! shape by node type.

use std::io::{self, Write};

use petgraph::visit::EdgeRef;

use super::{NodeKind, StanceGraph};
use crate::model::Stance;

/// Escapes a string for a DOT double-quoted ID: `"` and `\` escaped, line breaks become `\n`,
/// other control characters dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn stance_colour(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "#2e7d32",
        Stance::Opposes => "#c62828",
        Stance::Proposes => "#1565c0",
        Stance::Considers => "#9e9e9e",
    }
}

fn shape(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Person => ("ellipse", "#fff3e0"),
        NodeKind::State => ("box", "#e3f2fd"),
        NodeKind::Organization => ("hexagon", "#ede7f6"),
        NodeKind::Actor => ("ellipse", "#f5f5f5"),
        NodeKind::Proposal => ("note", "#fffde7"),
    }
}

/// Writes the graph as a DOT digraph.
pub fn write(graph: &StanceGraph, mut out: impl Write) -> io::Result<()> {
    let g = &graph.graph;
    writeln!(out, "digraph \"stancegraph\" {{")?;
    writeln!(
        out,
        "  graph [rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\"];"
    )?;
    writeln!(out, "  node [fontname=\"Helvetica\", style=\"filled\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=\"9\"];")?;
    for idx in g.node_indices() {
        let n = &g[idx];
        let (shape, fill) = shape(n.kind);
        writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape=\"{}\", fillcolor=\"{}\", kind=\"{}\"];",
            escape(&n.iri),
            escape(&n.label),
            shape,
            fill,
            n.kind.as_str()
        )?;
    }
    for e in g.edge_references() {
        let w = e.weight();
        let tooltip = format!("{} ({} article(s)): {}", w.stance, w.articles, w.quote);
        writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{} ({})\", color=\"{}\", fontcolor=\"{}\", penwidth=\"{}\", stance=\"{}\", articles=\"{}\", tooltip=\"{}\"];",
            escape(&g[e.source()].iri),
            escape(&g[e.target()].iri),
            w.stance,
            w.articles,
            stance_colour(w.stance),
            stance_colour(w.stance),
            1 + w.articles.min(5),
            w.stance,
            w.articles,
            escape(&tooltip)
        )?;
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_newlines_controls() {
        assert_eq!(escape("a\"b\\c\nd\u{7}e"), "a\\\"b\\\\c\\nde");
    }
}
