//! The edge summary graph: one `sg:StanceEdge` per actor, stance and proposal with its
//! statement and article counts and first and last dates, kept in its own named graph so that
//! aggregate questions ("which proposals are contested?", "stances by country") read a few
//! hundred edges instead of every statement. It is derived data: `refresh` recomputes it from
//! the article graphs whenever the set of articles changed (a fingerprint of the article graph
//! IRIs, which are content hashes, is stored with it), so it is consistent after every ingest.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use crate::model::{Date, Stance};
use crate::rdf::{self, EdgeSummary};
use crate::store::Store;

use super::{parse_date, property_scan, scan_pairs, stance_from_iri, ExportError};

/// Recomputes the summary graph if the articles changed since it was computed; returns
/// whether it was rewritten.
pub fn refresh(store: &Store) -> Result<bool, ExportError> {
    let fingerprint = store.articles_fingerprint()?;
    if store.summary_fingerprint()?.as_deref() == Some(fingerprint.as_str()) {
        return Ok(false);
    }
    let edges = aggregate(store)?;
    store.replace_summary(&rdf::summary(&edges, &fingerprint))?;
    Ok(true)
}

/// Strings interned as small ids, so that per-statement columns are a few bytes each.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    values: Vec<String>,
}

impl Interner {
    fn id(&mut self, value: String) -> u32 {
        if let Some(&id) = self.ids.get(&value) {
            return id;
        }
        let id = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.values.push(value.clone());
        self.ids.insert(value, id);
        id
    }
}

/// Hands each (subject, object) of `?s <property> ?o` to `each`.
fn scan(
    store: &Store,
    property: &str,
    each: impl FnMut(String, String),
) -> Result<(), ExportError> {
    scan_pairs(store, &property_scan(property), each)
}

/// The edges of the whole store: one index scan per statement property, the values interned,
/// so memory holds a statement index and a few small ids per statement (the export's
/// `StanceGraph` also keeps every evidence quote, which the summary does not need).
fn aggregate(store: &Store) -> Result<Vec<EdgeSummary>, ExportError> {
    const NONE: u32 = u32::MAX;
    let mut values = Interner::default();
    let mut statement_index: HashMap<String, usize> = HashMap::new();
    let mut actor: Vec<u32> = Vec::new();
    scan(store, "sg:actor", |s, o| {
        if let Entry::Vacant(slot) = statement_index.entry(s) {
            slot.insert(actor.len());
            actor.push(values.id(o));
        }
    })?;
    let n = actor.len();
    let mut column = |property: &str| -> Result<Vec<u32>, ExportError> {
        let mut col = vec![NONE; n];
        scan(store, property, |s, o| {
            if let Some(&i) = statement_index.get(&s) {
                if col[i] == NONE {
                    col[i] = values.id(o);
                }
            }
        })?;
        Ok(col)
    };
    let stance = column("sg:stance")?;
    let proposal = column("sg:proposal")?;
    let article = column("prov:wasDerivedFrom")?;
    let date = column("dcterms:date")?;
    drop(statement_index);
    struct Acc {
        statements: usize,
        articles: HashSet<u32>,
        first: Option<Date>,
        last: Option<Date>,
    }
    let mut stances: HashMap<u32, Option<Stance>> = HashMap::new();
    let mut dates: HashMap<u32, Option<Date>> = HashMap::new();
    let mut edges: HashMap<(u32, Stance, u32), Acc> = HashMap::new();
    for i in 0..n {
        if stance[i] == NONE || proposal[i] == NONE {
            continue;
        }
        let Some(st) = *stances
            .entry(stance[i])
            .or_insert_with(|| stance_from_iri(&values.values[stance[i] as usize]))
        else {
            continue;
        };
        let day = if date[i] == NONE {
            None
        } else {
            *dates
                .entry(date[i])
                .or_insert_with(|| parse_date(&values.values[date[i] as usize]))
        };
        let acc = edges.entry((actor[i], st, proposal[i])).or_insert(Acc {
            statements: 0,
            articles: HashSet::new(),
            first: None,
            last: None,
        });
        acc.statements += 1;
        if article[i] != NONE {
            acc.articles.insert(article[i]);
        }
        if let Some(d) = day {
            acc.first = Some(acc.first.map_or(d, |f| f.min(d)));
            acc.last = Some(acc.last.map_or(d, |l| l.max(d)));
        }
    }
    let mut out: Vec<EdgeSummary> = edges
        .into_iter()
        .map(|((a, st, p), acc)| EdgeSummary {
            actor: values.values[a as usize].clone(),
            stance: st,
            proposal: values.values[p as usize].clone(),
            statements: acc.statements,
            articles: acc.articles.len(),
            first: acc.first,
            last: acc.last,
        })
        .collect();
    out.sort_by(|x, y| (&x.actor, x.stance, &x.proposal).cmp(&(&y.actor, y.stance, &y.proposal)));
    Ok(out)
}
