//! Quality ratchet: extraction on the bundled corpus scored against `data/gold.tsv`.
//! The floors are measured figures minus a small margin; raise them, never lower them.

use std::path::Path;

use stancegraph::eval::{self, PredRow};
use stancegraph::extract::extract_article;
use stancegraph::ingest;
use stancegraph::ontology::{Gazetteer, Ontology};

/// Measured strict P 0.869, strict F1 0.729, polarity F1 0.764 when the floors were last raised.
const STRICT_PRECISION_FLOOR: f64 = 0.85;
const STRICT_F1_FLOOR: f64 = 0.71;
const POLARITY_F1_FLOOR: f64 = 0.75;

#[test]
fn data_corpus_meets_the_quality_floor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let ontology = Ontology::embedded().expect("ontology");
    let gazetteer = Gazetteer::build(&ontology).expect("gazetteer");
    let gold = eval::read_gold(&root.join("gold.tsv")).expect("gold");
    let mut preds = Vec::new();
    for article in ingest::articles(&[root.join("articles")]) {
        let article = article.expect("bundled article reads");
        for st in extract_article(&article, &gazetteer) {
            preds.push(PredRow {
                article: article.name.clone(),
                actor: st.actor_label,
                stance: st.stance,
                proposal: st.proposal.to_string(),
            });
        }
    }
    let report = eval::score(&preds, &gold, &eval::alias_table(&gazetteer));
    let (s, p) = (report.strict, report.polarity);
    assert!(
        s.precision >= STRICT_PRECISION_FLOOR
            && s.f1 >= STRICT_F1_FLOOR
            && p.f1 >= POLARITY_F1_FLOOR,
        "quality dropped: strict P={:.3} F1={:.3}, polarity F1={:.3}",
        s.precision,
        s.f1,
        p.f1
    );
}
