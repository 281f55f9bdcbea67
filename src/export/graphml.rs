//! GraphML writer (quick-xml): typed `<key>` declarations, so networkx, Gephi and yEd read
//! every attribute with its type.

use std::io::{self, Write};

use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::StanceGraph;

/// Attribute keys: (id, for, name, type).
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("iri", "node", "iri", "string"),
    ("stance", "edge", "stance", "string"),
    ("articles", "edge", "articles", "int"),
    ("statements", "edge", "statements", "int"),
    ("quote", "edge", "quote", "string"),
    ("first_date", "edge", "first_date", "string"),
    ("last_date", "edge", "last_date", "string"),
];

/// Removes characters XML 1.0 cannot carry at all (most C0 controls).
fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || !c.is_control())
        .collect()
}

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    let mut start = BytesStart::new("data");
    start.push_attribute(("key", key));
    w.write_event(Event::Start(start))?;
    w.write_event(Event::Text(BytesText::new(&xml_safe(value))))?;
    w.write_event(Event::End(BytesEnd::new("data")))?;
    Ok(())
}

/// Writes the graph as GraphML.
pub fn write(graph: &StanceGraph, out: impl Write) -> io::Result<()> {
    let g = &graph.graph;
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ));
    w.write_event(Event::Start(root))?;
    for (id, target, name, ty) in KEYS {
        let mut key = BytesStart::new("key");
        key.push_attribute(("id", *id));
        key.push_attribute(("for", *target));
        key.push_attribute(("attr.name", *name));
        key.push_attribute(("attr.type", *ty));
        w.write_event(Event::Empty(key))?;
    }
    let mut gs = BytesStart::new("graph");
    gs.push_attribute(("id", "stancegraph"));
    gs.push_attribute(("edgedefault", "directed"));
    w.write_event(Event::Start(gs))?;
    for idx in g.node_indices() {
        let n = &g[idx];
        let mut node = BytesStart::new("node");
        let id = format!("n{}", idx.index());
        node.push_attribute(("id", id.as_str()));
        w.write_event(Event::Start(node))?;
        data(&mut w, "label", &n.label)?;
        data(&mut w, "kind", n.kind.as_str())?;
        data(&mut w, "iri", &n.iri)?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for e in g.edge_references() {
        let x = e.weight();
        let mut edge = BytesStart::new("edge");
        let (id, s, t) = (
            format!("e{}", e.id().index()),
            format!("n{}", e.source().index()),
            format!("n{}", e.target().index()),
        );
        edge.push_attribute(("id", id.as_str()));
        edge.push_attribute(("source", s.as_str()));
        edge.push_attribute(("target", t.as_str()));
        w.write_event(Event::Start(edge))?;
        data(&mut w, "stance", x.stance.as_str())?;
        data(&mut w, "articles", &x.articles.to_string())?;
        data(&mut w, "statements", &x.statements.to_string())?;
        data(&mut w, "quote", &x.quote)?;
        data(
            &mut w,
            "first_date",
            &x.first_date.map(|d| d.to_string()).unwrap_or_default(),
        )?;
        data(
            &mut w,
            "last_date",
            &x.last_date.map(|d| d.to_string()).unwrap_or_default(),
        )?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    w.into_inner().flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_xml_forbidden_controls() {
        assert_eq!(xml_safe("a\u{1}b\tc"), "ab\tc");
    }
}
