//! Time: the date a sentence puts its stance on, and whether it reports an earlier stance.
//!
//! Pure functions over a sentence's text. [`resolve_date`] reads the first date expression
//! that can date the sentence's event ("on the 19th (local time)", "on August 18", "18 August
//! 2025", "on Tuesday", "yesterday", "last week", "two days ago") and resolves it against the
//! article's date; expressions that name a future day ("will meet on Monday", "next Friday"),
//! a deadline ("by Friday", "until August 31") or a noun's date ("the attacks of September 11,
//! 2001") do not date the stance and are passed over. [`is_earlier_stance`] tells whether a
//! sentence (or the part of it up to a statement) reports a position held before the current
//! one ("initially", "at first", "had long", "used to"); [`stance_sequence`] turns that into the
//! statement's sequence number. The words are English calendar and tense vocabulary, not
//! domain knowledge; date arithmetic uses the days-from-civil algorithm (proleptic Gregorian).

use crate::model::Date;

// ---------------------------------------------------------------------------------------------
// Date arithmetic
// ---------------------------------------------------------------------------------------------

/// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
fn days_from_civil(date: Date) -> i64 {
    let month = i64::from(date.month);
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(date.day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01, after Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date {
        year: i32::try_from(year).unwrap_or(i32::MAX),
        month: u32::try_from(month).unwrap_or(1),
        day: u32::try_from(day).unwrap_or(1),
    }
}

/// `date` moved by `days` (negative: back).
fn add_days(date: Date, days: i64) -> Date {
    civil_from_days(days_from_civil(date) + days)
}

/// Day of the week: 0 = Monday … 6 = Sunday.
fn weekday(date: Date) -> u32 {
    // 1970-01-01 was a Thursday (3).
    u32::try_from((days_from_civil(date) + 3).rem_euclid(7)).unwrap_or(0)
}

/// The (year, month) `delta` months from `date`'s month (negative: back).
fn shift_month(date: Date, delta: i32) -> (i32, u32) {
    let index = date.year * 12 + i32::try_from(date.month).unwrap_or(1) - 1 + delta;
    (
        index.div_euclid(12),
        u32::try_from(index.rem_euclid(12)).unwrap_or(0) + 1,
    )
}

/// The same day `months` months earlier, clamped to the end of a shorter month.
fn months_back(date: Date, months: i32) -> Date {
    let (year, month) = shift_month(date, -months);
    Date {
        year,
        month,
        day: date.day.min(Date::days_in_month(year, month)),
    }
}

/// Of the candidate dates, the latest on or before `article`, if it is at most `max_back`
/// days before it: a day named without a year and found only far back is more likely a future
/// one ("a summit on August 29" in an article of August 22), which dates no stance.
fn latest_past(
    article: Date,
    candidates: impl IntoIterator<Item = Date>,
    max_back: i64,
) -> Option<Date> {
    let best = candidates.into_iter().filter(|c| *c <= article).max()?;
    (days_from_civil(article) - days_from_civil(best) <= max_back).then_some(best)
}

/// How far back a month and day without a year may lie: half a year.
const MONTH_DAY_MAX_BACK: i64 = 183;

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

/// A word (letters and digits, with inner hyphens and apostrophes) or one punctuation mark.
#[derive(Debug)]
struct Token<'a> {
    /// The text as written.
    text: &'a str,
    /// Lowercase form, for case-insensitive words.
    lower: String,
    /// Byte offset in the sentence.
    start: usize,
    /// Whether this is a word (else punctuation).
    word: bool,
}

/// Splits a sentence into words and punctuation marks; "28-point" and "Monday's" stay whole.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let word = c.is_alphanumeric();
        if word {
            while let Some(&(i, next)) = chars.peek() {
                let joins = matches!(next, '-' | '\'' | '’')
                    && text[i + next.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if !(next.is_alphanumeric() || joins) {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
        }
        let text = &text[start..end];
        out.push(Token {
            text,
            lower: text.to_lowercase(),
            start,
            word,
        });
    }
    out
}

/// A word without a possessive ending ("Monday's" → "Monday").
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whether a word starts with an uppercase letter (month and day names are capitalised).
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The month a capitalised month name or abbreviation names ("August", "Aug", "Sept").
fn month_of(token: &Token<'_>) -> Option<u32> {
    if !capitalised(token.text) {
        return None;
    }
    Date::month_from_name(&token.lower)
}

/// The weekday (0 = Monday) a capitalised day name names, possessive allowed ("Monday's").
fn weekday_of(token: &Token<'_>) -> Option<u32> {
    if !capitalised(token.text) {
        return None;
    }
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = strip_possessive(&token.lower);
    let index = DAYS.iter().position(|d| *d == word)?;
    u32::try_from(index).ok()
}

/// A day of the month written as an ordinal: "19th", "1st", "22nd", "3rd".
fn ordinal(token: &Token<'_>) -> Option<u32> {
    let word = token.lower.as_str();
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    day_digits(digits)
}

/// One or two digits naming a day, 1 to 31.
fn day_digits(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A day of the month as a number or an ordinal ("18", "18th").
fn day_number(token: &Token<'_>) -> Option<u32> {
    day_digits(token.text).or_else(|| ordinal(token))
}

/// A four-digit year between 1900 and 2100.
fn year_of(token: &Token<'_>) -> Option<i32> {
    let t = token.text;
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = t.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

/// An ISO date written in the text: "2025-08-18".
fn iso_date(token: &Token<'_>) -> Option<Date> {
    let mut parts = token.text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Date::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A small count written as a word or digits ("a", "two", "3").
fn count_of(token: &Token<'_>) -> Option<i64> {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    match token.lower.as_str() {
        "a" | "an" => Some(1),
        w => WORDS
            .iter()
            .position(|n| *n == w)
            .and_then(|i| i64::try_from(i).ok())
            .or_else(|| day_digits(w).map(i64::from)),
    }
}

// ---------------------------------------------------------------------------------------------
// Date expressions
// ---------------------------------------------------------------------------------------------

/// A date expression found in a sentence, before it is resolved against the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expr {
    /// A month and day, with the year when written ("August 18", "18 August 2025").
    MonthDay {
        /// Month, 1–12.
        month: u32,
        /// Day, 1–31.
        day: u32,
        /// The year written next to it.
        year: Option<i32>,
    },
    /// A day of an unnamed month ("on the 19th"); `back` is 1 for "of last month".
    DayOfMonth {
        /// Day, 1–31.
        day: u32,
        /// Months before the article's month, when the text says so.
        back: Option<i32>,
    },
    /// A day of the week ("on Tuesday", "Monday's meeting").
    Weekday(u32),
    /// A number of days before the article's date ("yesterday", "last week", "two days ago").
    DaysBack(i64),
    /// "last month": the same day of the previous month.
    LastMonth,
    /// "today", "tonight", "this morning".
    Today,
    /// A full date in ISO form.
    Iso(Date),
}

impl Expr {
    /// Whether the expression names a day relative to now by its meaning (never the future).
    fn is_deictic_past(self) -> bool {
        matches!(self, Expr::DaysBack(_) | Expr::LastMonth | Expr::Today)
    }

    /// The day the expression names, given the article's date; `None` for a day after it
    /// or one that does not exist.
    fn resolve(self, article: Date) -> Option<Date> {
        match self {
            Expr::Today => Some(article),
            Expr::DaysBack(n) => Some(add_days(article, -n)),
            Expr::LastMonth => Some(months_back(article, 1)),
            Expr::Iso(date) => (date <= article).then_some(date),
            Expr::MonthDay {
                month,
                day,
                year: Some(year),
            } => Date::from_ymd(year, month, day).filter(|d| *d <= article),
            Expr::MonthDay {
                month,
                day,
                year: None,
            } => latest_past(
                article,
                (-1..=0).filter_map(|dy| Date::from_ymd(article.year + dy, month, day)),
                MONTH_DAY_MAX_BACK,
            ),
            Expr::DayOfMonth {
                day,
                back: Some(back),
            } => {
                let (year, month) = shift_month(article, -back);
                Date::from_ymd(year, month, day)
            }
            Expr::DayOfMonth { day, back: None } => latest_past(
                article,
                (-2..=0).filter_map(|delta| {
                    let (year, month) = shift_month(article, delta);
                    Date::from_ymd(year, month, day)
                }),
                i64::MAX,
            ),
            Expr::Weekday(w) => {
                let back = (i64::from(weekday(article)) - i64::from(w)).rem_euclid(7);
                Some(add_days(article, -back))
            }
        }
    }
}

/// Closed-class words that may follow "on the 19th" (a noun there makes "the 19th" an
/// adjective: "on the 18th package").
const AFTER_ORDINAL: [&str; 20] = [
    "and", "or", "but", "when", "while", "that", "which", "in", "at", "on", "with", "after",
    "before", "as", "during", "where", "to", "for", "said", "local",
];

/// Words just before a date that make it a deadline, a starting point or a noun's date rather
/// than the day of the event ("by Friday", "since August 18", "the attacks of September 11").
const NOT_EVENT_BEFORE: [&str; 9] = [
    "by", "until", "till", "since", "before", "from", "of", "through", "ahead",
];

/// Words shortly before a date that put the event in the future ("will meet on Monday").
const FUTURE_BEFORE: [&str; 9] = [
    "will",
    "shall",
    "next",
    "due",
    "scheduled",
    "expected",
    "planned",
    "upcoming",
    "coming",
];

/// The date expression starting at token `i`, with the number of tokens it spans.
fn expression_at(toks: &[Token<'_>], i: usize) -> Option<(Expr, usize)> {
    let at = |k: usize| toks.get(i + k);
    let lower = |k: usize| at(k).map_or("", |t| t.lower.as_str());
    let first = at(0)?;
    // "on the 19th", "on the 19th (local time)", "on the 19th of August", "… of last month".
    if lower(0) == "on" && lower(1) == "the" {
        let day = at(2).and_then(ordinal)?;
        return match at(3) {
            None => Some((Expr::DayOfMonth { day, back: None }, 3)),
            Some(next) if !next.word => Some((Expr::DayOfMonth { day, back: None }, 3)),
            Some(next) if next.lower == "of" => {
                if lower(4) == "last" && lower(5) == "month" {
                    Some((Expr::DayOfMonth { day, back: Some(1) }, 6))
                } else {
                    let month = at(4).and_then(month_of)?;
                    let year = at(5).and_then(year_of);
                    Some((
                        Expr::MonthDay { month, day, year },
                        5 + usize::from(year.is_some()),
                    ))
                }
            }
            Some(next) => {
                if let Some(month) = month_of(next) {
                    let year = at(4).and_then(year_of);
                    Some((
                        Expr::MonthDay { month, day, year },
                        4 + usize::from(year.is_some()),
                    ))
                } else if AFTER_ORDINAL.contains(&next.lower.as_str()) {
                    Some((Expr::DayOfMonth { day, back: None }, 3))
                } else {
                    None
                }
            }
        };
    }
    if let Some(date) = iso_date(first) {
        return Some((Expr::Iso(date), 1));
    }
    // "August 18", "Aug. 18", "August 18th", "August 18, 2025".
    if let Some(month) = month_of(first) {
        let mut k = 1;
        if lower(k) == "." {
            k += 1;
        }
        let day = at(k).and_then(day_number)?;
        k += 1;
        let comma = usize::from(lower(k) == ",");
        let year = at(k + comma).and_then(year_of);
        if year.is_some() {
            k += comma + 1;
        }
        return Some((Expr::MonthDay { month, day, year }, k));
    }
    // "18 August", "18th of August 2025".
    if let Some(day) = day_number(first) {
        let of = usize::from(lower(1) == "of");
        let month = at(1 + of).and_then(month_of)?;
        let year = at(2 + of).and_then(year_of);
        return Some((
            Expr::MonthDay { month, day, year },
            2 + of + usize::from(year.is_some()),
        ));
    }
    if let Some(w) = weekday_of(first) {
        return Some((Expr::Weekday(w), 1));
    }
    let possessive = |k: usize| strip_possessive(lower(k)).to_owned();
    match lower(0) {
        "today" | "tonight" if first.text.starts_with('t') || i == 0 || !toks[i - 1].word => {
            Some((Expr::Today, 1))
        }
        "this" if matches!(lower(1), "morning" | "afternoon" | "evening") => Some((Expr::Today, 2)),
        "yesterday" => Some((Expr::DaysBack(1), 1)),
        "last" => match possessive(1).as_str() {
            "week" => Some((Expr::DaysBack(7), 2)),
            "month" => Some((Expr::LastMonth, 2)),
            "night" => Some((Expr::DaysBack(1), 2)),
            _ => None,
        },
        _ => {
            // "two days ago", "a week ago".
            let n = count_of(first)?;
            let unit = match lower(1) {
                "day" | "days" => 1,
                "week" | "weeks" => 7,
                _ => return None,
            };
            (lower(2) == "ago").then_some((Expr::DaysBack(n * unit), 3))
        }
    }
}

/// Whether the words before token `i` make a date there a deadline, a future day or a noun's
/// date rather than the day of the sentence's event.
fn passed_over(toks: &[Token<'_>], i: usize, expr: Expr) -> bool {
    if expr.is_deictic_past() {
        return false;
    }
    let before = toks[..i].iter().rev();
    if let Some(prev) = toks[..i].last() {
        if NOT_EVENT_BEFORE.contains(&prev.lower.as_str()) {
            return true;
        }
    }
    before
        .take(5)
        .take_while(|t| t.word)
        .any(|t| FUTURE_BEFORE.contains(&t.lower.as_str()) || t.lower.ends_with("'ll"))
}

/// The day a sentence puts its event on, resolved against the article's date, or `None` when
/// no date expression in it dates the event.
///
/// The first expression that resolves wins:
/// - "on the 19th", "on the 19th (local time)": that day in the article's month, or in the
///   previous month when it is after the article's day (the one before for a 31st that the
///   previous month lacks); "on the 19th of last month": the previous month.
/// - "on August 18", "on 18 August", "Aug. 18", "August 18, 2025", "2025-08-18": the written
///   year, or else the latest such day on or before the article's date, if that is at most
///   half a year back (else it is taken for a future day).
/// - "on Tuesday", "Monday's meeting": the latest such weekday on or before the article's date
///   (wire copy names the publication day by its weekday: "said on Friday" in a Friday article).
/// - "today", "tonight", "this morning": the article's date; "yesterday", "last night": the day
///   before; "last week", "a week ago": seven days before; "two days ago": two days before;
///   "last month": the same day of the previous month (clamped to its length).
///
/// A day after the article's date is a future event, not the stance's date; so are days named
/// after "will", "next", "due", "scheduled" (within five words, no punctuation between) and
/// deadlines or noun dates ("by Friday", "until", "since", "ahead of", "the attacks of
/// September 11"). Numbers that are not days ("the 28-point plan", "Article 5", "the 18th
/// package", "the 2022 Istanbul draft") never match.
pub fn resolve_date(sentence: &str, article_date: Date) -> Option<Date> {
    let toks = tokens(sentence);
    let mut i = 0;
    while i < toks.len() {
        if let Some((expr, len)) = expression_at(&toks, i) {
            if !passed_over(&toks, i, expr) {
                if let Some(date) = expr.resolve(article_date) {
                    return Some(date);
                }
            }
            i += len.max(1);
        } else {
            i += 1;
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Earlier stances
// ---------------------------------------------------------------------------------------------

/// Words that mark a position as having changed since ("initially", "originally").
const EARLIER_WORDS: [&str; 4] = ["initially", "originally", "previously", "formerly"];

/// Words that bring the text back to the present after an earlier-stance marker ("initially
/// rejected … but now supports").
const PRESENT_WORDS: [&str; 10] = [
    "now",
    "but",
    "however",
    "yet",
    "since",
    "later",
    "subsequently",
    "eventually",
    "ultimately",
    "then",
];

/// Forms of "be" and "get" before "used to" that make it "be used for" or "get used to".
const USED_TO_NOT_HABIT: [&str; 11] = [
    "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
];

/// Whether an earlier-stance marker starts at word `j` of `words`.
fn earlier_marker(words: &[&str], j: usize) -> bool {
    let at = |k: usize| words.get(k).copied().unwrap_or("");
    let prev = if j == 0 { "" } else { at(j - 1) };
    match at(j) {
        // "as previously announced", "more than originally planned" restate the present.
        w if EARLIER_WORDS.contains(&w) => !matches!(prev, "as" | "than"),
        "at" => at(j + 1) == "first" && !matches!(at(j + 2), "glance" | "sight"),
        "had" => matches!(at(j + 1), "earlier" | "once" | "long"),
        "once" => at(j + 1) == "said",
        "used" => at(j + 1) == "to" && !USED_TO_NOT_HABIT.contains(&prev),
        "until" => at(j + 1) == "recently",
        _ => false,
    }
}

/// Whether a sentence reports a stance that preceded the current one or has since changed:
/// an earlier-stance marker ("initially", "originally", "previously", "formerly", "at first",
/// "had earlier", "had once", "had long", "once said", "used to", "until recently") with no
/// word after it that returns to the present ("now", "but", "however", "since", "later",
/// "then" …). "As previously announced", "at first glance" and "is used to" are no markers.
pub fn is_earlier_stance(sentence: &str) -> bool {
    let toks = tokens(sentence);
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower.as_str())
        .collect();
    let Some(last) = (0..words.len()).rev().find(|&j| earlier_marker(&words, j)) else {
        return false;
    };
    !words[last + 1..].iter().any(|w| PRESENT_WORDS.contains(w))
}

/// The sequence of a statement whose evidence ends at byte `end` of `sentence`: 0 when the
/// sentence, up to the end of the clause holding that byte, reports an earlier stance
/// ([`is_earlier_stance`]), 1 for the current one. "Germany initially rejected the plan but
/// now supports it" gives 0 to the rejection and 1 to the support.
pub fn stance_sequence(sentence: &str, end: usize) -> u32 {
    let end = end.min(sentence.len());
    let clause_end = tokens(sentence)
        .iter()
        .find(|t| {
            t.start >= end
                && (matches!(t.text, "," | ";" | ":" | "—" | "–" | "(")
                    || PRESENT_WORDS.contains(&t.lower.as_str()))
        })
        .map_or(sentence.len(), |t| t.start);
    let prefix = sentence.get(..clause_end).unwrap_or(sentence);
    u32::from(!is_earlier_stance(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// A Friday (2025-08-22).
    const FRI: Date = Date {
        year: 2025,
        month: 8,
        day: 22,
    };

    fn r(sentence: &str) -> Option<String> {
        resolve_date(sentence, FRI).map(|d| d.to_string())
    }

    #[test]
    fn civil_days_round_trip_and_known_weekdays() {
        assert_eq!(days_from_civil(d(1970, 1, 1)), 0);
        assert_eq!(days_from_civil(d(2000, 3, 1)), 11_017);
        assert_eq!(civil_from_days(11_017), d(2000, 3, 1));
        assert_eq!(civil_from_days(-1), d(1969, 12, 31));
        for days in -800_000..800_000_i64 {
            if days % 997 == 0 {
                assert_eq!(days_from_civil(civil_from_days(days)), days);
            }
        }
        assert_eq!(weekday(d(2025, 8, 15)), 4, "2025-08-15 was a Friday");
        assert_eq!(weekday(d(2025, 8, 18)), 0, "2025-08-18 was a Monday");
        assert_eq!(weekday(d(2000, 1, 1)), 5, "2000-01-01 was a Saturday");
        assert_eq!(weekday(d(2024, 2, 29)), 3, "2024-02-29 was a Thursday");
        assert_eq!(add_days(d(2024, 3, 1), -1), d(2024, 2, 29));
        assert_eq!(add_days(d(2025, 1, 3), -7), d(2024, 12, 27));
        assert_eq!(months_back(d(2025, 3, 31), 1), d(2025, 2, 28));
        assert_eq!(months_back(d(2024, 3, 31), 1), d(2024, 2, 29));
        assert_eq!(months_back(d(2025, 1, 15), 1), d(2024, 12, 15));
        assert!(Date::from_ymd(2025, 2, 29).is_none() && Date::from_ymd(2025, 13, 1).is_none());
    }

    #[test]
    fn ordinal_day_of_the_month() {
        assert_eq!(
            r("Lee said on the 19th (local time) that …").as_deref(),
            Some("2025-08-19")
        );
        assert_eq!(
            r("On the 22nd, the ministry said.").as_deref(),
            Some("2025-08-22")
        );
        assert_eq!(
            r("He spoke on the 5th that nothing changed").as_deref(),
            Some("2025-08-05")
        );
        assert_eq!(
            r("talks on the 18th with the envoy").as_deref(),
            Some("2025-08-18")
        );
        // A day after the article's day: last month's, …
        assert_eq!(r("said on the 30th").as_deref(), Some("2025-07-30"));
        // … unless the text puts it in the future.
        assert_eq!(r("will meet on the 25th"), None);
        assert_eq!(
            r("said on the 19th of last month").as_deref(),
            Some("2025-07-19")
        );
        assert_eq!(r("on the 18th of August").as_deref(), Some("2025-08-18"));
        // The 31st skips a 30-day month.
        assert_eq!(
            resolve_date("said on the 31st", d(2025, 10, 5)).map(|d| d.to_string()),
            Some("2025-08-31".into())
        );
        // Into the previous year.
        assert_eq!(
            resolve_date("on the 28th", d(2025, 1, 3)).map(|d| d.to_string()),
            Some("2024-12-28".into())
        );
    }

    #[test]
    fn month_and_day() {
        assert_eq!(r("on August 18 he said").as_deref(), Some("2025-08-18"));
        assert_eq!(r("on 18 August he said").as_deref(), Some("2025-08-18"));
        assert_eq!(r("Aug. 18 — the minister").as_deref(), Some("2025-08-18"));
        // Without a year, a day far back is a future day (Sept. 5 is two weeks ahead).
        assert_eq!(r("Sept. 5 talks"), None);
        assert_eq!(r("on August 18th").as_deref(), Some("2025-08-18"));
        assert_eq!(
            r("WASHINGTON, Aug 21 (Wire) — x").as_deref(),
            Some("2025-08-21")
        );
        assert_eq!(r("on August 18, 2024").as_deref(), Some("2024-08-18"));
        assert_eq!(
            r("on 18 August 2023, he said").as_deref(),
            Some("2023-08-18")
        );
        assert_eq!(r("a note dated 2025-08-20").as_deref(), Some("2025-08-20"));
        // The year that puts the day nearest: December in a January article is last year's.
        assert_eq!(
            resolve_date("on December 28", d(2025, 1, 3)).map(|d| d.to_string()),
            Some("2024-12-28".into())
        );
        // A day a week ahead is a future event.
        assert_eq!(r("a summit on August 29"), None);
        assert_eq!(r("on August 18, 2026"), None);
        // Not real days.
        assert_eq!(r("on February 30"), None);
        assert_eq!(r("in August 2025"), None);
        assert_eq!(r("in March"), None);
    }

    #[test]
    fn weekdays() {
        // The article is a Friday.
        assert_eq!(r("said on Monday").as_deref(), Some("2025-08-18"));
        assert_eq!(r("said on Tuesday").as_deref(), Some("2025-08-19"));
        assert_eq!(r("said on Thursday").as_deref(), Some("2025-08-21"));
        assert_eq!(r("said on Saturday").as_deref(), Some("2025-08-16"));
        // The article's own weekday is the article's day (wire style).
        assert_eq!(r("said on Friday").as_deref(), Some("2025-08-22"));
        assert_eq!(
            r("At Monday's meeting, Germany").as_deref(),
            Some("2025-08-18")
        );
        assert_eq!(r("last Wednesday he said").as_deref(), Some("2025-08-20"));
        // Future and deadlines date nothing.
        assert_eq!(r("will travel to Kyiv on Monday"), None);
        assert_eq!(r("next Tuesday"), None);
        assert_eq!(r("a deal by Sunday"), None);
        assert_eq!(r("ahead of Monday's talks"), None);
        // Lowercase is not a day name.
        assert_eq!(r("a monday thing"), None);
    }

    #[test]
    fn deictic_words() {
        assert_eq!(r("said today").as_deref(), Some("2025-08-22"));
        assert_eq!(r("Today, the minister said").as_deref(), Some("2025-08-22"));
        assert_eq!(r("this morning he said").as_deref(), Some("2025-08-22"));
        assert_eq!(r("said yesterday").as_deref(), Some("2025-08-21"));
        assert_eq!(r("late last night").as_deref(), Some("2025-08-21"));
        assert_eq!(r("said last week").as_deref(), Some("2025-08-15"));
        assert_eq!(r("said two days ago").as_deref(), Some("2025-08-20"));
        assert_eq!(r("a week ago").as_deref(), Some("2025-08-15"));
        assert_eq!(r("last month's summit").as_deref(), Some("2025-07-22"));
        assert_eq!(
            resolve_date("said last month", d(2025, 3, 31)).map(|d| d.to_string()),
            Some("2025-02-28".into())
        );
        // "will … yesterday" is no future: deictic past words always resolve.
        assert_eq!(
            r("it will, he said yesterday").as_deref(),
            Some("2025-08-21")
        );
        assert_eq!(r("last weekend"), None);
    }

    #[test]
    fn numbers_that_are_not_days() {
        for s in [
            "the 2022 Istanbul draft",
            "Article 5 guarantees",
            "the 28-point plan",
            "a 30-day ceasefire",
            "adopted the 18th package of sanctions",
            "agreed on the 18th package of sanctions",
            "for the 5th time",
            "some 30 troops",
            "the attacks of September 11, 2001",
            "since August 18 it has",
            "until August 20",
            "May 2025 and March",
            "",
        ] {
            assert_eq!(resolve_date(s, FRI), None, "{s:?}");
        }
    }

    #[test]
    fn first_expression_that_dates_the_event_wins() {
        assert_eq!(
            r("Speaking on Tuesday about the August 18 summit").as_deref(),
            Some("2025-08-19")
        );
        // A future day is passed over; the next expression dates the sentence.
        assert_eq!(
            r("The leaders will meet on Friday, Macron said on Wednesday").as_deref(),
            Some("2025-08-20")
        );
    }

    #[test]
    fn earlier_stance_markers() {
        for s in [
            "Germany initially rejected the plan",
            "At first, Italy opposed it",
            "Berlin had originally backed the idea",
            "Paris previously ruled it out",
            "Rome had earlier dismissed the proposal",
            "Warsaw had long opposed it",
            "Kyiv used to reject it",
            "Until recently, Madrid refused",
            "Trump once said he would",
            "the formerly sceptical government",
        ] {
            assert!(is_earlier_stance(s), "{s:?}");
        }
        for s in [
            "Germany initially rejected the plan but now supports it",
            "Italy at first opposed it; it has since agreed",
            "As previously announced, France will send troops",
            "At first glance the offer looks generous",
            "The money will be used to buy weapons",
            "Germany supports the plan",
            "Once a ceasefire is agreed, troops could deploy",
            "Britain has long supported it",
            "Rome earlier on Monday said",
            "",
        ] {
            assert!(!is_earlier_stance(s), "{s:?}");
        }
    }

    #[test]
    fn sequence_by_clause() {
        let s = "Germany initially rejected the plan but now supports it.";
        let plan = s.find("plan").map(|i| i + 4).unwrap_or(0);
        assert_eq!(stance_sequence(s, plan), 0);
        assert_eq!(stance_sequence(s, s.len() - 1), 1);
        let s = "Germany rejected the plan initially, officials said.";
        assert_eq!(stance_sequence(s, s.find("plan").unwrap_or(0) + 4), 0);
        assert_eq!(stance_sequence("Germany supports the plan.", 10), 1);
        assert_eq!(stance_sequence("x", 99), 1);
    }
}
