//! Extraction snapshots: one construction per test, on short texts written for the purpose.
//! Each renders the rows `extract --format tsv` would print (actor, stance, proposal, condition).
//! Refresh with `UPDATE_EXPECT=1 cargo test` and review the diff.

use std::path::Path;
use std::sync::LazyLock;

use expect_test::{expect, Expect};

use super::extract_article;
use crate::ingest::parse_article;
use crate::ontology::{Gazetteer, Ontology};

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let ontology = Ontology::embedded().expect("embedded ontology");
    Gazetteer::build(&ontology).expect("valid ontology")
});

/// Extracts from `body` (the title line is a neutral placeholder) and renders the rows.
fn rows(body: &str) -> String {
    let raw = format!("Placeholder headline\n\n{body}\n");
    let article = parse_article(Path::new("t.txt"), "t.txt", &raw).expect("article");
    let mut out = String::new();
    for st in extract_article(&article, &GAZETTEER) {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            st.actor_label,
            st.stance,
            st.proposal,
            st.condition.map(|c| c.to_string()).unwrap_or_default()
        ));
    }
    out
}

fn check(body: &str, expected: Expect) {
    expected.assert_eq(&rows(body));
}

#[test]
fn plain_rejection() {
    check(
        "Russia rejects the deployment of European troops in Ukraine.",
        expect![[r#"
            Russia	opposes	european-troops-in-ukraine	
        "#]],
    );
}
