//! Article metadata: publication date and source outlet, found in the lines after the title.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::Date;

/// How many lines after the title are searched for metadata.
const META_WINDOW: usize = 8;

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b").expect("static regex"));
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
        .expect("static regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b")
        .expect("static regex")
});
/// A line that is only a date/time stamp, maybe with a label ("Published", "- Updated").
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[-•*\s]*(published|updated|posted|input|date|modified)?\s*[:|]?\s*[\w.,:\s/+-]{0,40}$")
        .expect("static regex")
});
/// A bare metadata label line ("- Input", "Updated", "Source").
static LABEL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[-•*\s]*(published|updated|posted|input|modified|source|summary)\s*:?$")
        .expect("static regex")
});
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^source\s*:\s*(.{2,80})$").expect("static regex"));
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^By\s+[\p{Lu}][\p{L}.'\- ]{1,60}?(?:\s*[,|/–-]\s*(.{2,60}))?$")
        .expect("static regex")
});

/// Metadata found near the top of an article, and which lines carried only metadata.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub(crate) date: Option<Date>,
    pub(crate) source: Option<String>,
    pub(crate) metadata_lines: HashSet<usize>,
}

/// Finds date and source in the lines that follow the title (line 0).
pub(crate) fn extract_meta(lines: &[String]) -> Meta {
    let mut meta = Meta::default();
    let mut after_source_label = false;
    for (i, line) in lines.iter().enumerate().skip(1).take(META_WINDOW) {
        if after_source_label {
            after_source_label = false;
            if meta.source.is_none() && line.split_whitespace().count() <= 6 {
                meta.source = Some(line.clone());
                meta.metadata_lines.insert(i);
                continue;
            }
        }
        if LABEL_LINE.is_match(line) {
            after_source_label = line.to_ascii_lowercase().contains("source");
            meta.metadata_lines.insert(i);
            continue;
        }
        if let Some(caps) = SOURCE_LINE.captures(line) {
            meta.source.get_or_insert_with(|| caps[1].trim().to_owned());
            meta.metadata_lines.insert(i);
            continue;
        }
        if let Some(caps) = BYLINE.captures(line) {
            if let Some(outlet) = caps.get(1) {
                meta.source
                    .get_or_insert_with(|| outlet.as_str().trim().to_owned());
            }
            meta.metadata_lines.insert(i);
            continue;
        }
        if let Some(date) = parse_date(line) {
            if DATE_LINE.is_match(line) {
                meta.date.get_or_insert(date);
                meta.metadata_lines.insert(i);
            }
        }
    }
    meta
}

/// Parses the first date in `text` ("2025-08-20", "Aug. 20, 2025", "20 August 2025").
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    if let Some(c) = ISO_DATE.captures(text) {
        return valid(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(text) {
        return valid(
            c[3].parse().ok()?,
            Date::month_from_name(&c[1])?,
            c[2].parse().ok()?,
        );
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(text) {
        return valid(
            c[3].parse().ok()?,
            Date::month_from_name(&c[2])?,
            c[1].parse().ok()?,
        );
    }
    None
}

/// A real day of a plausible year for a news article.
fn valid(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::from_ymd(year, month, day).filter(|_| (1900..=2200).contains(&year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.to_string())
    }

    #[test]
    fn date_styles() {
        assert_eq!(d("2025-08-20 15:47:03").as_deref(), Some("2025-08-20"));
        assert_eq!(d("Aug. 20, 2025").as_deref(), Some("2025-08-20"));
        assert_eq!(d("August 21, 2025").as_deref(), Some("2025-08-21"));
        assert_eq!(d("21 August 2025").as_deref(), Some("2025-08-21"));
        assert_eq!(d("2025-02-30"), None);
        assert_eq!(d("no date here"), None);
    }

    #[test]
    fn labelled_metadata_lines() {
        let lines: Vec<String> = [
            "T",
            "- Input",
            "- 2025-08-20 15:47:03",
            "Source",
            "Korea Daily",
            "Body text here.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = extract_meta(&lines);
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-08-20"));
        assert_eq!(m.source.as_deref(), Some("Korea Daily"));
        assert_eq!(m.metadata_lines.len(), 4);
    }

    #[test]
    fn byline_names_outlet() {
        let lines: Vec<String> = ["T", "By Anna Berg, Continental Desk", "Body."]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            extract_meta(&lines).source.as_deref(),
            Some("Continental Desk")
        );
    }
}
