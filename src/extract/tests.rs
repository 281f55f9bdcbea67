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

/// Extracts from a dated article and renders each statement with its date and sequence.
fn dated_rows(date_line: &str, body: &str) -> String {
    let raw = format!("Placeholder headline\n\n{date_line}\n\n{body}\n");
    let article = parse_article(Path::new("t.txt"), "t.txt", &raw).expect("article");
    let mut out = String::new();
    for st in extract_article(&article, &GAZETTEER) {
        let date = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\tseq {}\t(article {})\n",
            st.actor_label,
            st.stance,
            st.proposal,
            date(st.prov.date),
            st.prov.sequence,
            date(st.prov.article_date),
        ));
    }
    out
}

#[test]
fn initially_then_now_and_relative_dates() {
    expect![[r#"
        Germany	opposes	european-troops-in-ukraine	2025-08-22	seq 0	(article 2025-08-22)
        Germany	supports	european-troops-in-ukraine	2025-08-22	seq 1	(article 2025-08-22)
        Poland	opposes	european-troops-in-ukraine	2025-08-19	seq 1	(article 2025-08-22)
        Italy	opposes	no-fly-zone	2025-08-22	seq 0	(article 2025-08-22)
        Italy	supports	no-fly-zone	2025-08-22	seq 1	(article 2025-08-22)
        Russia	opposes	european-troops-in-ukraine	2025-08-15	seq 1	(article 2025-08-22)
    "#]].assert_eq(&dated_rows(
        "August 22, 2025",
        "Germany initially rejected sending troops to Ukraine but now supports the deployment of European troops in Ukraine. \
         Poland said on the 19th (local time) that it will not send troops to Ukraine. \
         At first, Italy opposed a no-fly zone over Ukraine. Italy now backs a no-fly zone. \
         Russia rejected the deployment of European troops in Ukraine last week.",
    ));
}

#[test]
fn undated_article_has_undated_statements() {
    expect![[r#"
        Poland	opposes	european-troops-in-ukraine		seq 1	(article )
    "#]]
    .assert_eq(&dated_rows(
        "",
        "Poland said on the 19th that it will not send troops to Ukraine.",
    ));
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

#[test]
fn condition_clause_first() {
    check(
        "France and the United Kingdom said: \"If hostilities cease, we are prepared to deploy a reassurance force.\"",
        expect![[r#"
            France	proposes	european-troops-in-ukraine	ceasefire
            United Kingdom	proposes	european-troops-in-ukraine	ceasefire
        "#]],
    );
}

#[test]
fn unless_turns_refusal_into_conditional_support() {
    check(
        "Kyiv will not take part in a trilateral summit unless security guarantees are agreed first.",
        expect![[r#"
            Ukraine	supports	trilateral-summit	security-guarantees
        "#]],
    );
}

#[test]
fn passive_with_agent() {
    check(
        "A no-fly zone over Ukraine was rejected by Moscow.",
        expect![[r#"
        Russia	opposes	no-fly-zone	
    "#]],
    );
}

#[test]
fn passive_without_agent_has_no_holder() {
    check(
        "Russia said a Korean-style armistice is being considered.",
        expect![""],
    );
}

#[test]
fn quote_speaker_after() {
    check(
        "\"We will never accept NATO troops in Ukraine,\" Lavrov said.",
        expect![[r#"
        Sergey Lavrov	opposes	european-troops-in-ukraine	
    "#]],
    );
}

#[test]
fn reported_clause_belongs_to_its_subject() {
    check(
        "Peskov said Moscow rejects any ceasefire monitoring mission.",
        expect![[r#"
            Russia	opposes	ceasefire-monitoring	
        "#]],
    );
}

#[test]
fn pronoun_refers_to_last_person() {
    check(
        "Merz met Macron in Berlin. He said Germany backs new sanctions.",
        expect![[r#"
            Friedrich Merz	supports	sanctions	
        "#]],
    );
}

#[test]
fn anaphor_refers_to_last_proposal() {
    check(
        "Meloni proposed an Article 5-like guarantee for Ukraine. Merz supports this idea, but the SPD opposes it.",
        expect![[r#"
            Giorgia Meloni	proposes	article5-guarantee	
            Friedrich Merz	supports	article5-guarantee	
            SPD	opposes	article5-guarantee	
        "#]],
    );
}

#[test]
fn them_refers_to_a_proposal_named_in_the_plural() {
    // "them" agrees in number: the sanctions, not the ceasefire named beside them; with no
    // plural proposal in the latest sentence that named any, "them" refers to nothing.
    check(
        "Trump threatened new sanctions on Russia and demanded a ceasefire. Lavrov said Moscow would never accept them. Putin spoke of a ceasefire. Peskov said the Kremlin rejected them.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
            Donald Trump	supports	sanctions	
            Russia	opposes	sanctions	
        "#]],
    );
}

#[test]
fn list_of_holders() {
    check(
        "Poland, Italy and Greece have ruled out sending troops to Ukraine.",
        expect![[r#"
        Greece	opposes	european-troops-in-ukraine	
        Italy	opposes	european-troops-in-ukraine	
        Poland	opposes	european-troops-in-ukraine	
    "#]],
    );
}

#[test]
fn speculation_is_not_a_stance() {
    check(
        "Analysts say Poland is likely to back new sanctions.",
        expect![[r#""#]],
    );
}

#[test]
fn question_is_not_a_stance() {
    check("Will Poland back new sanctions?", expect![[r#""#]]);
}

#[test]
fn a_quoted_question_is_not_a_stance() {
    check(
        "Reader question: \"Does the post mean the US will send troops to Ukraine?\"",
        expect![[r#""#]],
    );
    check(
        "Poland threatened new sanctions, \"and will others follow?\" one diplomat asked.",
        expect![[r#"
        Poland	supports	sanctions	
    "#]],
    );
}

#[test]
fn bullet_item_names_who_offers_what() {
    check(
        "Pledges announced on Monday:\n• Germany: weapons deliveries worth 500 million euros",
        expect![[r#"
        Germany	proposes	weapons-support	
    "#]],
    );
}

#[test]
fn reversal_noun() {
    check(
        "Moscow has demanded an end to Western weapons deliveries.",
        expect![[r#"
        Russia	opposes	weapons-support	
    "#]],
    );
}

#[test]
fn deontic_modal_in_reported_speech() {
    check(
        "Putin repeated that Ukraine must never join NATO.",
        expect![[r#"
        Vladimir Putin	opposes	nato-membership	
    "#]],
    );
}

#[test]
fn reporting_verb_after_a_subjectless_clause() {
    check(
        "Sending Polish troops is out of the question, Tusk said.",
        expect![[r#"
            Poland	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn colon_headline_speaker() {
    check(
        "Lavrov: guarantees without Russia are meaningless",
        expect![[r#"
            Sergey Lavrov	supports	russia-in-guarantee-talks	
            Sergey Lavrov	opposes	security-guarantees	
        "#]],
    );
}

#[test]
fn titled_unknown_person_becomes_a_new_actor() {
    check(
        "Latvian Foreign Minister Baiba Braže rejected the idea of NATO troops in Ukraine.",
        expect![[r#"
            Baiba Braže	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn pronoun_after_a_titled_unknown_person_is_that_person() {
    check(
        "Zelensky thanked his allies. Slovak Prime Minister Robert Fico said he would never send troops to Ukraine. He also said he opposed new sanctions on Russia.",
        expect![[r#"
            Robert Fico	opposes	european-troops-in-ukraine	
            Robert Fico	opposes	sanctions	
        "#]],
    );
}

#[test]
fn intending_is_aiming_and_no_intention_is_refusal() {
    check(
        "Ukraine still intends to join the alliance. Russia has no intention of agreeing to a ceasefire.",
        expect![[r#"
            Ukraine	supports	nato-membership	
            Russia	opposes	ceasefire	
        "#]],
    );
}

#[test]
fn stopping_where_the_front_runs_is_a_freeze() {
    check(
        "The US President urged both sides to stop the war where the front line now runs.",
        expect![[r#"
            Donald Trump	supports	freeze-frontline	
        "#]],
    );
    check(
        "Trump urged both armies to stop where they are.",
        expect![[r#"
            Donald Trump	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn tomahawks_are_their_own_proposal_not_weapons_support() {
    check(
        "Zelensky asked Trump for long-range Tomahawk cruise missiles.",
        expect![[r#"
            Volodymyr Zelensky	supports	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn restrictive_relative_clause_on_a_proposal_has_its_own_holder() {
    check(
        "Zelensky met Trump. Trump refused the Tomahawk missiles that Kyiv had asked for.",
        expect![[r#"
            Donald Trump	opposes	new:tomahawk-missiles	
            Ukraine	supports	new:tomahawk-missiles	
        "#]],
    );
    check(
        "Zelensky left without the Tomahawk cruise missiles he had come to request.",
        expect![[r#"
            Volodymyr Zelensky	supports	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn a_list_of_names_in_a_bullet_is_one_clause() {
    check(
        "Leaders met.\n- 14 December, Berlin: Merz, Macron and Starmer propose a European-led multinational force.",
        expect![[r#"
            Emmanuel Macron	proposes	european-troops-in-ukraine	
            Friedrich Merz	proposes	european-troops-in-ukraine	
            Keir Starmer	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn budapest_summit_agreed_then_shelved() {
    check(
        "Trump and Putin speak by phone and agree to meet in Budapest.",
        expect![[r#"
            Donald Trump	supports	new:trump-putin-budapest-summit	
            Vladimir Putin	supports	new:trump-putin-budapest-summit	
        "#]],
    );
    check(
        "Trump shelves the Budapest meeting.",
        expect![[r#"
            Donald Trump	opposes	new:trump-putin-budapest-summit	
        "#]],
    );
}

#[test]
fn such_troops_refers_back_to_the_troops_proposal() {
    check(
        "Macron announced that 26 countries have pledged to deploy troops in Ukraine. The next day, Putin replies that any such troops would be legitimate targets.",
        expect![[r#"
            Coalition of the Willing	proposes	european-troops-in-ukraine	
            Vladimir Putin	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn eastern_sentry_is_an_open_proposal() {
    check(
        "Estonia called for NATO to set up a permanent air defence mission on the eastern flank.",
        expect![[r#"
            Estonia	supports	new:eastern-sentry-air-defence	
        "#]],
    );
}

#[test]
fn transcript_label_in_capitals_names_the_speaker() {
    check(
        "This week we talk to Hanno Pevkur, Estonia's minister of defence.\nHOST: Should Ukraine give up land?\nPEVKUR: Ukraine should not be pushed to give away land it has defended.",
        expect![[r#"
            Estonia	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn passive_of_pressure_without_a_speaker_is_nobodys() {
    check("Ukraine must not be forced to cede territory.", expect![""]);
}

#[test]
fn conditional_clauses_after_a_document_are_its_provisions() {
    check(
        "Witkoff drafted a 28-point plan. Britain, France and Germany tabled a counter-proposal. The leaked draft read like a catalogue of Russian demands. Ukraine would withdraw from the rest of Donetsk. Its army would be capped at 600,000 troops.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            France	proposes	new:european-counter-proposal	
            Germany	proposes	new:european-counter-proposal	
            United Kingdom	proposes	new:european-counter-proposal	
            United States	proposes	territorial-concession	
            United States	proposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn the_narrower_proposal_is_the_condition() {
    check(
        "Zelensky says he could give up Ukraine's bid to join NATO in exchange for guarantees similar to Article 5 from the US and Europe.",
        expect![[r#"
            Volodymyr Zelensky	opposes	nato-membership	article5-guarantee
        "#]],
    );
}

#[test]
fn the_american_measures_are_the_sanctions_named_before() {
    check(
        "Washington imposed sanctions on Rosneft and Lukoil. Kyiv hoped Asian buyers would take note. Putin said the American measures were an unfriendly act.",
        expect![[r#"
            United States	proposes	sanctions	
            Vladimir Putin	opposes	sanctions	
        "#]],
    );
}

#[test]
fn praise_of_a_measure_supports_it() {
    check(
        "Washington imposed sanctions on Rosneft. Trump called the package tremendous.",
        expect![[r#"
            United States	proposes	sanctions	
            Donald Trump	supports	sanctions	
        "#]],
    );
}

#[test]
fn the_paris_pledges_are_the_troops_named_before() {
    check(
        "Twenty-six countries pledged to deploy troops to Ukraine after a ceasefire. Zelensky welcomed the Paris pledges.",
        expect![[r#"
            Coalition of the Willing	proposes	european-troops-in-ukraine	ceasefire
            Volodymyr Zelensky	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn the_best_option_is_support() {
    check(
        "Zelensky said the fairest option was to stay where the armies now stand.",
        expect![[r#"
            Volodymyr Zelensky	supports	freeze-frontline	
        "#]],
    );
    check(
        "Trump said that a comprehensive peace agreement is the better route.",
        expect![[r#"
            Donald Trump	supports	new:full-peace-agreement	
        "#]],
    );
}

#[test]
fn clause_after_but_with_its_own_noun_subject() {
    check(
        "Keir Starmer confirmed the plan for a reassurance force, but discussions followed on a wider security force.",
        expect![[r#"
            Keir Starmer	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn possessor_of_a_stance_noun_holds_it() {
    check(
        "Ukraine backed the U.S. proposal for a trilateral meeting. Poland welcomed Macron's plan for a reassurance force.",
        expect![[r#"
            Ukraine	supports	trilateral-summit	
            United States	proposes	trilateral-summit	
            Emmanuel Macron	proposes	european-troops-in-ukraine	
            Poland	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn prefixed_proposal_name_only_modifies() {
    check(
        "The Coalition of the Willing set out a plan for a post-ceasefire reassurance force.",
        expect![[r#"
            Coalition of the Willing	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn interview_answers_belong_to_the_labelled_speaker() {
    check(
        "Daily Ledger: Some argue that Ukraine should accept neutrality. Where do you stand?\nKristen Michal: Joining NATO remains the only way. A neutral Ukraine is not a realistic outcome.",
        expect![[r#"
            Kristen Michal	supports	nato-membership	
            Kristen Michal	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn they_stands_for_the_group_that_held_the_last_stance() {
    check(
        "France and Britain backed a ceasefire on Monday. They also promised new sanctions on Russia.",
        expect![[r#"
            France	supports	ceasefire	
            United Kingdom	supports	ceasefire	
            France	proposes	sanctions	
            United Kingdom	proposes	sanctions	
        "#]],
    );
}

#[test]
fn relative_clause_with_its_own_subject() {
    check(
        "Giorgia Meloni has championed an Article 5-style pledge, under which allies would promise help without Kyiv formally joining NATO. The ceasefire, which Kyiv accepted in March, collapsed within days.",
        expect![[r#"
            Giorgia Meloni	supports	article5-guarantee	
            Ukraine	supports	ceasefire	
        "#]],
    );
}

#[test]
fn colon_opens_a_clause_with_its_own_subject() {
    check(
        "Friedrich Merz has kept his options open. His coalition partners are cooler still: the SPD has warned against a debate about boots on the ground.",
        expect![[r#"
            SPD	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn officials_are_credited_to_their_state_and_leaders_voice_it() {
    check(
        "Dmitry Peskov rejected any Western peacekeeping force. Kristen Michal said that Estonia is ready to send a company of troops to Ukraine.",
        expect![[r#"
            Russia	opposes	european-troops-in-ukraine	
            Kristen Michal	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn reporting_aside_unless_and_headline_speaker() {
    check(
        "Rubio spoke in Geneva. NATO membership, he added, is off the table. Kyiv will not accept any cap on its army unless Congress ratifies the guarantee.",
        expect![[r#"
            Marco Rubio	opposes	nato-membership	
            Ukraine	supports	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn what_a_meeting_discussed_belongs_to_its_parties() {
    check(
        "Donald Trump held talks at the White House with Ukrainian President Volodymyr Zelensky regarding a ceasefire. One of the main agenda items was the creation of a Korean-style buffer zone, protected by a multinational force.",
        expect![[r#"
            Donald Trump	considers	ceasefire	
            Volodymyr Zelensky	considers	ceasefire	
            Donald Trump	considers	korean-style-armistice	
            Volodymyr Zelensky	considers	korean-style-armistice	
        "#]],
    );
}

#[test]
fn conditional_mood_in_a_list_item_describes_a_model() {
    check(
        "The options on the table:\n• Option 4: Armed neutrality. Ukraine would renounce NATO membership and accept limits on its armed forces.\n• Option 1: A reassurance force. Britain has offered to lead it.",
        expect![[r#"
            United Kingdom	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn list_items_carry_the_stance_of_their_introduction() {
    check(
        "A paper from the Estonian government sets out what Tallinn wants to see in any deal:\n• no caps on the Ukrainian armed forces;\n• new sanctions on Russia once a ceasefire holds.",
        expect![[r#"
            Estonia	opposes	ukraine-demilitarization	
            Estonia	supports	sanctions	
        "#]],
    );
}

#[test]
fn negated_rule_match_at_the_start_of_a_sentence() {
    // Found by tests/fuzz.rs (seed 24392): an empty pseudo cue at token 0 must not panic.
    check("Moscow has no say.", expect![[r#""#]]);
}

#[test]
fn absence_match_overrules_an_overlapping_presence_match() {
    check(
        "Moscow dismissed the idea of guarantees drawn up without Russian involvement.",
        expect![[r#"
            Russia	supports	russia-in-guarantee-talks	
            Russia	opposes	security-guarantees	
        "#]],
    );
}

#[test]
fn cue_word_inside_an_absence_match_is_not_a_cue() {
    check(
        "Lavrov rejected guarantees drawn up without Russia.",
        expect![[r#"
            Sergey Lavrov	supports	russia-in-guarantee-talks	
            Sergey Lavrov	opposes	security-guarantees	
        "#]],
    );
}

#[test]
fn that_clause_with_its_own_finite_stance_is_reported() {
    check(
        "Lavrov insisted that any guarantees drawn up without Russia would be worthless.",
        expect![[r#"
            Sergey Lavrov	supports	russia-in-guarantee-talks	
        "#]],
    );
}

#[test]
fn subjunctive_that_clause_stays_the_demand() {
    check(
        "Moscow demands that Ukraine stay neutral and give up any plan of joining the alliance.",
        expect![[r#"
            Russia	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn a_demands_noun_introduces_a_list() {
    check(
        "Moscow's conditions include:\n• a ban on any foreign military presence on Ukrainian territory;\n• the lifting of Western sanctions.",
        expect![[r#"
            Russia	opposes	european-troops-in-ukraine	
            Russia	opposes	sanctions	
        "#]],
    );
}

#[test]
fn reversal_reaches_through_words_naming_an_aim() {
    check(
        "Zelensky was prepared to drop Ukraine's bid to join NATO.",
        expect![[r#"
            Volodymyr Zelensky	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn a_measure_put_into_force_or_readied_is_proposed() {
    check(
        "Washington imposed sanctions on Rosneft. Trump said he was ready to impose tougher sanctions.",
        expect![[r#"
            United States	proposes	sanctions	
            Donald Trump	proposes	sanctions	
        "#]],
    );
}

#[test]
fn a_states_possessive_before_a_name_qualifies_the_person() {
    check(
        "Italy's Giorgia Meloni has ruled out sending Italian troops.",
        expect![[r#"
            Giorgia Meloni	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn we_after_a_named_actor_is_the_speakers_side() {
    // "the language Putin understands, and we need them": Putin is not the subject of "need".
    check(
        "Andrii Sybiha is Ukraine's foreign minister.\nQ: Is Washington right to threaten new sanctions?\nA: Sanctions are the language Putin understands, and we need them.",
        expect![[r#"
            Ukraine	supports	sanctions	
        "#]],
    );
}

#[test]
fn the_plan_as_subject_is_the_named_document() {
    // Once Trump's 28-point plan is named, "the plan" in subject position is that document,
    // not the troops discussed in between.
    check(
        "Trump sent Kyiv his 28-point plan on Wednesday. Peskov said troops from NATO countries in Ukraine remained unacceptable. Putin said the plan could serve as the basis for a settlement.",
        expect![[r#"
            Donald Trump	proposes	new:us-28-point-peace-plan	
            Russia	opposes	european-troops-in-ukraine	
            Vladimir Putin	supports	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn they_after_a_named_group_is_the_group_not_the_drafts_author() {
    // The American draft's author holds no stance the next sentence's "they" could share.
    check(
        "Keir Starmer, Friedrich Merz and Emmanuel Macron said the American draft was a basis that needs more work. They said they were concerned by the proposed limits on Ukraine's armed forces.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Emmanuel Macron	opposes	ukraine-demilitarization	
            Friedrich Merz	opposes	ukraine-demilitarization	
            Keir Starmer	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn borders_changed_by_force_is_territorial_concession() {
    // Ruling out borders changed by force rules out ceding land; "can" is no stance cue.
    check(
        "Starmer said international borders must not be changed by force. Merz said nobody should change borders by force. Macron said the map can change.",
        expect![[r#"
            Keir Starmer	opposes	territorial-concession	
            Friedrich Merz	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn coordinated_reporting_verbs_share_their_subject() {
    // "… needed Ukraine and Europe on board, and made clear that …": the object of the first
    // reported clause is not the subject of the second reporting verb.
    check(
        "Kaja Kallas said any deal needed Ukraine and Europe on board, and made clear that the bloc would not accept caps on Ukraine's army.",
        expect![[r#"
            European Union	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn clause_subjects_in_a_long_newspaper_sentence() {
    // "but has offered" shares the subject of its own clause (Poland), not the sentence's first
    // actor; ", and Italian soldiers will not be deployed" is a clause of its own, so the offer
    // does not reach those soldiers; "the operation" only qualifies the hub.
    check(
        "Estonia has offered a company-sized unit for the reassurance force. Others say they will help from outside Ukraine: Poland will not send troops but has offered to serve as the logistics hub for the operation, and Italian soldiers will not be deployed, Giorgia Meloni has said.",
        expect![[r#"
            Estonia	proposes	european-troops-in-ukraine	
            Giorgia Meloni	opposes	european-troops-in-ukraine	
            Poland	opposes	european-troops-in-ukraine	
            Poland	proposes	new:logistics-hub	
        "#]],
    );
}

#[test]
fn possessive_before_an_apposed_name_and_coordinated_said() {
    // "his press secretary, Karoline Leavitt, has described …" is Leavitt's; "called the
    // Paris commitments a step and said …" is Zelensky's, not Paris's.
    check(
        "Mr Trump has ruled out sending American ground troops, and his press secretary, Karoline Leavitt, has described air support as one option that remains possible. Volodymyr Zelensky called the Paris commitments the first serious step and said Ukraine now needs a written American security guarantee.",
        expect![[r#"
            Donald Trump	opposes	us-troops-in-ukraine	
            Karoline Leavitt	considers	air-support	
            Volodymyr Zelensky	supports	security-guarantees	
        "#]],
    );
}

#[test]
fn a_second_he_is_the_subject_the_first_he_named() {
    // The first "he" is Trump; Zelensky, named as the object in between, is not the second.
    check(
        "Donald Trump spoke to Putin for two hours. The next day he received Volodymyr Zelensky in the Oval Office, said he would not hand over Tomahawk missiles, and left for Asia.",
        expect![[r#"
            Donald Trump	opposes	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn a_coordinated_that_clause_has_its_own_subject() {
    // Berlin, not Moscow named in the first reported clause, rejects the caps.
    check(
        "Johann Wadephul said Moscow's demands amounted to a veto over Ukraine's choices and that Berlin would not accept limits on the size of the Ukrainian army.",
        expect![[r#"
            Germany	opposes	ukraine-demilitarization	
        "#]],
    );
    // … and one without a named subject is the reporter's, not the first clause's subject's.
    check(
        "Merz said Russia had no right to any concessions, and that the priority should be tougher sanctions on Moscow.",
        expect![[r#"
            Friedrich Merz	supports	sanctions	
        "#]],
    );
}

#[test]
fn its_elements_list_the_provisions_of_the_document_just_named() {
    // "drafted largely by Steve Witkoff, Donald Trump's envoy": Witkoff (credited to the US)
    // is the author, Trump only qualifies him; "Its main elements were:" opens the provisions.
    check(
        "The original document, drafted largely by Steve Witkoff, Donald Trump's envoy, asked a great deal of Ukraine.\nIts main elements were:\n1. Ukraine would withdraw from the part of Donetsk region it still controls.\n2. Ukraine's armed forces would be capped at 600,000 personnel.",
        expect![[r#"
            United States	proposes	territorial-concession	
            United States	proposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn a_states_contribution_is_its_share_in_the_first_proposal_discussed() {
    // "any military contribution" refers to the troops, the first of the three proposals the
    // previous sentence named, not to all three.
    check(
        "Meloni said Italian soldiers would not be sent to Ukraine, but Rome would help monitor a ceasefire and train Ukrainian forces in Italy. Merz said Germany would decide on any military contribution later.",
        expect![[r#"
            Giorgia Meloni	opposes	european-troops-in-ukraine	
            Giorgia Meloni	proposes	ceasefire-monitoring	
            Giorgia Meloni	proposes	training-mission	
            Friedrich Merz	considers	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn not_being_considered_rules_out() {
    // A negated passive "consider" or "not on the agenda" is the speaker ruling X out; the
    // plain passive ("was under consideration") stays a consideration.
    check(
        "Ishiba said sending troops to Ukraine was not under consideration. Lavrov said a ceasefire was not on the agenda. Peskov said a ceasefire was under consideration.",
        expect![[r#"
            Shigeru Ishiba	opposes	european-troops-in-ukraine	
            Sergey Lavrov	opposes	ceasefire	
            Russia	considers	ceasefire	
        "#]],
    );
}

#[test]
fn q_and_a_turns_the_answer_is_the_interviewees() {
    check(
        "Andrii Sybiha is Ukraine's foreign minister.\nQ: Britain and France want to deploy a reassurance force. Do you agree?\nA: We welcome it. We are ready for a ceasefire tomorrow.",
        expect![[r#"
            France	supports	european-troops-in-ukraine	
            United Kingdom	supports	european-troops-in-ukraine	
            Ukraine	supports	european-troops-in-ukraine	
            Ukraine	supports	ceasefire	
        "#]],
    );
}

#[test]
fn an_adverbial_after_an_anaphor_closes_it() {
    check(
        "Putin demanded a freeze along the current line of contact. Zelensky supported this idea from the start.",
        expect![[r#"
            Vladimir Putin	supports	freeze-frontline	
            Volodymyr Zelensky	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn an_unnamed_partys_recommendation_is_nobodys() {
    check(
        "Some in Washington argue that Ukraine should accept neutrality.",
        expect![[r#""#]],
    );
}

#[test]
fn a_modal_inside_a_paraphrase_match_speaks_of_the_match() {
    check(
        "Lavrov says every guarantee must be agreed with Moscow.",
        expect![[r#"
            Sergey Lavrov	supports	russia-in-guarantee-talks	
        "#]],
    );
}

#[test]
fn a_known_actor_after_according_to_speaks_a_newspaper_does_not() {
    check(
        "A limit on the army was a non-starter, according to Rustem Umerov. According to CNN, a ceasefire was a non-starter.",
        expect![[r#"
            Ukraine	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn a_step_refers_back() {
    check(
        "Washington imposed sanctions on Rosneft. Rutte welcomed the step.",
        expect![[r#"
            United States	proposes	sanctions	
            Mark Rutte	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_documents_provisions_are_its_authors_proposals() {
    check(
        "The original document was drafted by Donald Trump's special envoy Steve Witkoff. Its main provisions included:\n• Ukraine's armed forces would be capped at 600,000 personnel.\n• No NATO troops would be stationed in Ukraine.\nBritain, France and Germany circulated a counterproposal. It would start any territorial negotiation from the current line of contact.",
        expect![[r#"
            United States	proposes	ukraine-demilitarization	
            United States	opposes	european-troops-in-ukraine	
            France	proposes	freeze-frontline	
            Germany	proposes	freeze-frontline	
            United Kingdom	proposes	freeze-frontline	
        "#]],
    );
}

#[test]
fn a_list_introduced_by_its_document_sets_out_the_authors_provisions() {
    // "as follows." ends an introduction as a colon does; a document subject with any verb
    // ("changes it at several points:") introduces its provisions; a pronoun object is no
    // subject of its own.
    check(
        "The 28-point plan was drawn up by the Trump administration. The main elements of the plan are as follows.\n1. The front is frozen along the current line of contact.\n2. Ukraine will never join NATO.\nBritain, France and Germany circulated a counter-draft. The text changes it at several points:\n• Frozen Russian assets would pay for Ukraine's reconstruction.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	proposes	freeze-frontline	
            United States	opposes	nato-membership	
            France	proposes	reconstruction	
            Germany	proposes	reconstruction	
            United Kingdom	proposes	reconstruction	
        "#]],
    );
}

#[test]
fn a_document_subject_with_a_provision_verb() {
    check(
        "Washington's peace plan was handed to Kyiv last week. The draft, whose authorship has been disputed in Washington, would require Ukraine to withdraw from Donetsk and never join NATO.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	opposes	nato-membership	
            United States	proposes	territorial-concession	
        "#]],
    );
}

#[test]
fn a_document_named_as_a_source_does_not_introduce_its_provisions() {
    check(
        "The plan was drafted by Witkoff. According to that document and later statements, Moscow's conditions include:\n• a ban on any foreign military presence on Ukrainian territory.",
        expect![[r#"
            Russia	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn troops_without_a_nationality_ruled_out_by_a_state_are_its_own() {
    check(
        "Vance said that the United States would not send troops to Ukraine. Trump ruled out sending European troops. Trump said Europe would send troops to Ukraine.",
        expect![[r#"
            United States	opposes	us-troops-in-ukraine	
            Donald Trump	opposes	european-troops-in-ukraine	
            Donald Trump	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_relative_pronoun_with_no_actor_antecedent_holds_nothing() {
    check(
        "This is not a force that wants to wage war against Russia. Leavitt repeats that there will be no US troops on the ground.",
        expect![[r#"
            Karoline Leavitt	opposes	us-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn turning_down_and_cessation() {
    check(
        "Putin turned down the 30-day ceasefire. The Kremlin demanded the complete cessation of foreign military aid.",
        expect![[r#"
            Vladimir Putin	opposes	ceasefire	
            Russia	opposes	weapons-support	
        "#]],
    );
}

#[test]
fn arranging_offering_to_lead_keeping_up_and_a_pronoun_inside_the_cue() {
    check(
        "Trump interrupted the session to phone Putin and said he had begun arranging a meeting between Putin and Zelensky. Britain and France have offered to lead the planned force. The EU will keep up the sanctions pressure on Moscow. Asked about US troops, Trump does not rule it out.",
        expect![[r#"
            Donald Trump	proposes	bilateral-summit	
            France	proposes	european-troops-in-ukraine	
            United Kingdom	proposes	european-troops-in-ukraine	
            European Union	supports	sanctions	
            Donald Trump	considers	us-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn demands_named_by_the_handover_and_the_istanbul_agreement_of_2022() {
    check(
        "The Kremlin has made the handover of the whole of Donbas its central demand. Lavrov said the only workable approach is the one the parties agreed in Istanbul in April 2022.",
        expect![[r#"
            Russia	supports	territorial-concession	
            Sergey Lavrov	supports	istanbul-model	
        "#]],
    );
}

#[test]
fn dashes_around_names_only_are_an_apposition() {
    check(
        "The leaders of France and Poland – Emmanuel Macron and Donald Tusk – had travelled to Kyiv to back the call for a 30-day ceasefire.",
        expect![[r#"
            France	supports	ceasefire	
            Poland	supports	ceasefire	
        "#]],
    );
}

#[test]
fn calling_an_outcome_possible_accepts_it_unless_it_is_speculation() {
    check(
        "Zelensky said a meeting with Putin is possible. It is possible that a ceasefire will hold, Trump said.",
        expect![[r#"
            Volodymyr Zelensky	supports	bilateral-summit	
        "#]],
    );
}

#[test]
fn after_a_proposal_is_a_condition_not_a_target() {
    check(
        "Britain and France want to deploy a reassurance force after a ceasefire.",
        expect![[r#"
            France	supports	european-troops-in-ukraine	ceasefire
            United Kingdom	supports	european-troops-in-ukraine	ceasefire
        "#]],
    );
}

#[test]
fn the_plan_is_the_document_once_one_with_an_author_is_named() {
    check(
        "Washington's peace plan would freeze the front line. Mr Trump gave Kyiv until Thursday to accept the plan.",
        expect![[r#"
            United States	proposes	freeze-frontline	
            United States	proposes	new:us-28-point-peace-plan	
            Donald Trump	supports	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_reported_list_subject_is_the_whole_list_a_pronoun_aside_is_not_in_it() {
    check(
        "Several leaders, among them Mr Merz and France's Emmanuel Macron, had argued that a ceasefire should come first. Merz spoke on Monday. Kyiv, he argued, must not be pressed into ceding land.",
        expect![[r#"
            Emmanuel Macron	supports	ceasefire	
            Friedrich Merz	supports	ceasefire	
            Friedrich Merz	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn offering_to_help_proposes() {
    check(
        "Italy was willing to help monitor a ceasefire.",
        expect![[r#"
            Italy	proposes	ceasefire-monitoring	
        "#]],
    );
}

#[test]
fn a_need_stated_without_its_holder_is_the_speakers() {
    check(
        "Macron said a truce is needed before any discussion of territory. A truce is needed.",
        expect![[r#"
            Emmanuel Macron	supports	ceasefire	
        "#]],
    );
}

#[test]
fn not_the_basis_of_a_settlement_opposes() {
    check(
        "Lavrov said foreign troops close to Russia's borders could not be the basis of any settlement.",
        expect![[r#"
            Sergey Lavrov	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn open_proposals_of_the_ontology_are_named_new() {
    check(
        "Mikhail Ulyanov emphasized, \"Moscow also has the right to receive security assurances.\" Trump scraps Budapest summit with Putin. Zelensky repeated his request for Tomahawk missiles.",
        expect![[r#"
            Russia	supports	new:guarantees-for-russia	
            Donald Trump	opposes	new:trump-putin-budapest-summit	
            Volodymyr Zelensky	supports	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn a_sentence_continuing_a_quotation_opens_with_its_closing_mark() {
    check(
        "Zelensky rejected the demand. \"No one can tell us what to do. That would only weaken Ukraine,\" he said, adding that Ukraine would not accept any limit on its armed forces.",
        expect![[r#"
            Volodymyr Zelensky	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn a_cue_inside_a_quotation_takes_its_objects_there() {
    check(
        "Trump said, \"Europe wants to send troops. We want to help them,\" and added, \"We can mention air defense support.\"",
        expect![[r#"
            Donald Trump	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_name_in_a_bracketed_dateline_is_no_subject() {
    check(
        "[Washington·Moscow=Kim Ji-hoon Correspondent] Russian President Vladimir Putin accepted a pause in a phone call with Trump, turning down the comprehensive 30-day ceasefire.",
        expect![[r#"
            Vladimir Putin	opposes	ceasefire	
        "#]],
    );
}

#[test]
fn an_object_in_a_fronted_phrase_is_no_antecedent_for_he() {
    check(
        "Trump had demanded an immediate ceasefire. After meeting Russian President Vladimir Putin, however, he dropped the demand for a ceasefire.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
            Donald Trump	opposes	ceasefire	
        "#]],
    );
}

#[test]
fn a_participle_clause_after_a_comma_shares_the_subject() {
    check(
        "According to a Ukrainian official, the Russian side went further, demanding that Ukraine withdraw its forces from all of the Donetsk region. Putin accepted a pause in a call with Trump, turning down the ceasefire.",
        expect![[r#"
            Russia	supports	territorial-concession	
            Vladimir Putin	opposes	ceasefire	
        "#]],
    );
}

#[test]
fn the_twenty_six_countries_are_the_coalition() {
    check(
        "Twenty-six countries have committed to sending forces to Ukraine. Ukraine has rejected the withdrawal demand from the outset.",
        expect![[r#"
            Coalition of the Willing	proposes	european-troops-in-ukraine	
            Ukraine	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn a_coordinated_reporting_verb_and_a_headline_comma_end_the_object() {
    // "condemned the attack and said …": the sanctions are what Starmer said, not what he
    // condemned; in a headline, ", Trump Signals …" starts a clause of its own.
    check(
        "Kremlin Hits Back at Paris Pledge, Trump Signals Second Phase of Sanctions\nStarmer condemned the attack and said sanctions on Moscow must be tightened further.",
        expect![[r#"
            Keir Starmer	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_demonstrative_after_a_speaker_label_refers_to_the_question() {
    check(
        "Estonian Prime Minister Kristen Michal spoke to us in Tallinn.\nQ: Some have suggested a no-fly zone over western Ukraine.\nMichal: That is not a realistic outcome at this stage.",
        expect![[r#"
            Kristen Michal	opposes	no-fly-zone	
        "#]],
    );
}

#[test]
fn asides_on_actors_and_topics_not_raised_are_no_stances() {
    // "Ukraine, backed by the EU, …" says who backs Ukraine; a summit that "had not been
    // raised" is nobody's opposition; a force "backed by France" is France's.
    check(
        "Yuri Ushakov told reporters that the idea of a three-way summit had not been raised in Anchorage.\nTrump said Ukraine, backed by the EU, can retake all of its land.\nA European ground force stationed in Ukraine, backed by France, is one option.",
        expect![[r#"
            France	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_written_proposal_the_ontology_knows_is_its_authors_and_the_plan_refers_to_it() {
    // The recurring open proposals of the talks are matched like the evaluation's slugs.
    check(
        "The 28-point plan that the Trump administration has drawn up was made public on Friday.\nLeavitt said the plan was good for both Russia and Ukraine.\nTrump now wants to go directly to a peace agreement and urged Europe to stop buying Russian oil.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Donald Trump	supports	new:full-peace-agreement	
            Donald Trump	supports	new:stop-russian-oil-imports	
        "#]],
    );
}

#[test]
fn a_narrower_proposal_replaces_its_broader_one_in_the_same_sentence() {
    // skos:broader: guarantees "modelled on Article 5" are the Article 5-style guarantee only;
    // a separate stance on the broader proposal stays.
    check(
        "Meloni proposed security guarantees modelled on Article 5.\nMerz backs security guarantees and proposed an Article 5-style clause.",
        expect![[r#"
            Giorgia Meloni	proposes	article5-guarantee	
            Friedrich Merz	supports	security-guarantees	
            Friedrich Merz	proposes	article5-guarantee	
        "#]],
    );
}

#[test]
fn a_participle_after_a_noun_phrase_modifies_it() {
    check(
        "Russia favoured the approach discussed in Istanbul on security guarantees.",
        expect![[r#"
        Russia	supports	istanbul-model	
        Russia	supports	security-guarantees	
    "#]],
    );
    // … but a verb with its own object is the clause's verb.
    check(
        "The Kremlin said its negotiators discussed security guarantees.",
        expect![[r#"
        Russia	considers	security-guarantees	
    "#]],
    );
}

#[test]
fn a_verb_spelt_cue_after_the_is_a_noun() {
    check(
        "Russia read the drafts on European troops in Ukraine.",
        expect![[r#""#]],
    );
    check(
        "Russia rejected the plans for European troops in Ukraine.",
        expect![[r#"
        Russia	opposes	european-troops-in-ukraine	
    "#]],
    );
    // … also after an adjective that names no actor; an actor's name stays a subject.
    check(
        "Peskov said the European plans for peacekeepers were unacceptable.",
        expect![[r#"
            Russia	opposes	european-troops-in-ukraine	
        "#]],
    );
    check(
        "The White House plans to send European troops to Ukraine.",
        expect![[r#"
            United States	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_leaders_administration_is_the_state() {
    check(
        "The Donald Trump administration will not send troops to Ukraine.",
        expect![[r#"
        United States	opposes	us-troops-in-ukraine	
    "#]],
    );
}

#[test]
fn giving_up_a_bid_reverses_it() {
    check(
        "Trump called on Kyiv to give up its bid to join NATO.",
        expect![[r#"
        Donald Trump	opposes	nato-membership	
    "#]],
    );
}

#[test]
fn transcript_labels_with_a_full_stop_mark_turns() {
    // "A." answers for the interviewee; what "Q." states is the interviewer's question.
    check(
        "Ukrainian Foreign Minister Andrii Sybiha spoke to us in New York.\nQ. Is NATO membership off the table?\nA. Absolutely not. Membership in NATO remains our strategic goal.",
        expect![[r#"
            Ukraine	supports	nato-membership	
        "#]],
    );
}

#[test]
fn a_document_drafted_by_an_actor_is_the_subject_of_its_provisions() {
    // The agent of "drafted by" is no subject of its own; "calls on" after a document is a
    // provision its author proposes; a purpose clause's "to end" does not negate the verb.
    check(
        "A peace plan drafted by the Trump administration to end the war calls on Kyiv to cap its armed forces at 600,000 troops.",
        expect![[r#"
            United States	proposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn a_document_whose_authors_a_relative_clause_names_lists_their_provisions() {
    check(
        "According to the counter-proposal that Britain, France and Germany put on the table, the main edits were these:\n1. Ukraine's peacetime army would be capped at 800,000 rather than 600,000.\n2. Talks would start from the current line of contact, not from a Ukrainian withdrawal from Donetsk.",
        expect![[r#"
            France	proposes	ukraine-demilitarization	
            Germany	proposes	ukraine-demilitarization	
            United Kingdom	proposes	ukraine-demilitarization	
            France	opposes	territorial-concession	
            France	proposes	freeze-frontline	
            Germany	opposes	territorial-concession	
            Germany	proposes	freeze-frontline	
            United Kingdom	opposes	territorial-concession	
            United Kingdom	proposes	freeze-frontline	
        "#]],
    );
}

#[test]
fn a_basis_for_something_judges_its_subject() {
    check(
        "Putin said a ceasefire could serve as the basis for a final peace agreement.",
        expect![[r#"
            Vladimir Putin	supports	ceasefire	
        "#]],
    );
}

#[test]
fn the_moment_a_ceasefire_holds_is_a_condition() {
    check(
        "Starmer said Britain was ready to deploy troops to Ukraine the moment a ceasefire takes hold.",
        expect![[r#"
            Keir Starmer	proposes	european-troops-in-ukraine	ceasefire
        "#]],
    );
}

#[test]
fn a_list_item_names_the_narrower_proposal_only() {
    check(
        "The counter-proposal that Britain put forward includes the following:\n- Ukraine would receive a U.S. guarantee mirroring Article 5 of the NATO treaty.",
        expect![[r#"
            United Kingdom	proposes	article5-guarantee	
        "#]],
    );
}

#[test]
fn they_refers_to_a_group_named_in_a_sentence_without_a_stance() {
    check(
        "The plan drafted by Washington was published on Friday.\nIn a joint statement, the leaders of Britain, France and Germany called the draft a starting text. They said they were concerned about the proposed limits on Ukraine's armed forces.",
        expect![[r#"
            France	opposes	ukraine-demilitarization	
            Germany	opposes	ukraine-demilitarization	
            United Kingdom	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn a_document_does_not_own_the_clause_after_its_provision() {
    check(
        "The 28-point plan drafted by Washington was published.\nMeloni said the American text contained many points worth discussing and renewed her call for a guarantee modeled on Article 5.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Giorgia Meloni	supports	article5-guarantee	
            Giorgia Meloni	considers	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_modifier_in_the_object_is_not_the_subject_of_a_coordinated_report() {
    check(
        "Zelensky welcomed the Paris pledges and said Ukraine needs protection in the sky.",
        expect![[r#"
            Volodymyr Zelensky	supports	air-support	
        "#]],
    );
}

#[test]
fn together_with_joins_a_list_of_holders() {
    check(
        "France, Britain and Germany, together with the European Commission, said Ukraine must have security guarantees.",
        expect![[r#"
            European Union	supports	security-guarantees	
            France	supports	security-guarantees	
            Germany	supports	security-guarantees	
            United Kingdom	supports	security-guarantees	
        "#]],
    );
}

#[test]
fn the_force_refers_back_to_the_proposal_named_with_that_head() {
    // "the force" is the reassurance force of the sentence before; what is said of it
    // ("would not be there to wage war") describes it and opposes nothing.
    check(
        "The Coalition of the Willing plans to deploy a reassurance force in Ukraine.\nBritain would contribute to the force, Starmer said.\nMacron said the force would not be there to wage war on Russia.",
        expect![[r#"
            Coalition of the Willing	proposes	european-troops-in-ukraine	
            Keir Starmer	proposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn demanding_all_of_a_region_is_a_territorial_concession() {
    check(
        "Putin Demands All of Donetsk",
        expect![[r#"
            Vladimir Putin	supports	territorial-concession	
        "#]],
    );
}

#[test]
fn agreeing_that_another_could_offer_something_supports_it() {
    check(
        "Putin agreed that the United States could offer Ukraine Article 5-style protection.",
        expect![[r#"
            United States	proposes	article5-guarantee	
            Vladimir Putin	supports	article5-guarantee	
        "#]],
    );
    check(
        "Putin had agreed the United States and Europe could offer Ukraine Article 5-like protection.",
        expect![[r#"
            Vladimir Putin	supports	article5-guarantee	
        "#]],
    );
}

#[test]
fn the_actor_after_with_is_the_subject_of_its_gerund() {
    check(
        "Italy and Poland have said they will not send troops to Ukraine, with Warsaw offering instead to serve as a logistics hub.",
        expect![[r#"
            Italy	opposes	european-troops-in-ukraine	
            Poland	opposes	european-troops-in-ukraine	
            Poland	proposes	new:logistics-hub	
        "#]],
    );
}

#[test]
fn the_statement_speaks_for_those_who_issued_it() {
    check(
        "In a joint statement, France, Britain and Germany welcomed the talks.\nThe statement also said no limits should be placed on Ukraine's armed forces.",
        expect![[r#"
            France	opposes	ukraine-demilitarization	
            Germany	opposes	ukraine-demilitarization	
            United Kingdom	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn an_organisation_before_a_title_and_name_qualifies_the_person() {
    check(
        "Merz and European Commission President Ursula von der Leyen said Ukraine needed security guarantees.",
        expect![[r#"
            European Union	supports	security-guarantees	
            Friedrich Merz	supports	security-guarantees	
        "#]],
    );
}

#[test]
fn an_actor_that_would_carry_out_a_proposal_offers_it() {
    check(
        "In exchange, Putin would freeze the front lines in the southern Kherson and Zaporizhzhia regions, the sources said.\nPutin told Trump that Russia would freeze the front lines in the south.",
        expect![[r#"
            Vladimir Putin	proposes	freeze-frontline	
        "#]],
    );
}

#[test]
fn pressing_an_addressee_to_act_is_support() {
    check(
        "Trump pressed European leaders to stop buying Russian oil.",
        expect![[r#"
            Donald Trump	supports	new:stop-russian-oil-imports	
        "#]],
    );
}

#[test]
fn a_modified_document_noun_is_the_written_proposal_named_before() {
    check(
        "Washington presented a 28-point plan to Kyiv. The Kremlin said it was studying the revised version. Putin said the original could serve as the basis of a settlement.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Russia	considers	new:us-28-point-peace-plan	
            Vladimir Putin	supports	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn an_act_set_against_another_is_not_taken() {
    check(
        "Washington presented a 28-point plan to Kyiv. Zelensky promised to offer alternatives rather than simply reject the plan.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn recurring_proposals_of_spring_2025_are_open_concepts() {
    check(
        "Putin agreed to a halt to attacks on energy infrastructure for thirty days. Kyiv would respect a pause in strikes on energy targets. Zelensky said he was ready to sign the minerals deal. Russia and Ukraine agreed to swap 1,000 prisoners each. Moscow backed a maritime truce.",
        expect![[r#"
            Vladimir Putin	supports	new:energy-strike-truce	
            Volodymyr Zelensky	supports	new:minerals-deal	
            Russia	supports	new:prisoner-exchange	
            Ukraine	supports	new:prisoner-exchange	
            Russia	supports	new:black-sea-maritime	
        "#]],
    );
    check(
        "Kyiv proposed a truce and the release of prisoners as first steps.",
        expect![[r#"
            Ukraine	proposes	ceasefire	
            Ukraine	proposes	new:prisoner-exchange	
        "#]],
    );
}

#[test]
fn a_named_object_referring_back_is_what_the_judgement_after_it_judges() {
    check(
        "The US imposed sanctions on Rosneft and Lukoil. Estonia's prime minister called the US measures long overdue.",
        expect![[r#"
            United States	proposes	sanctions	
            Kristen Michal	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_cue_in_a_relative_clause_takes_its_objects_inside_it() {
    check(
        "The US imposed sanctions on Rosneft. Trump, who for months had resisted new steps against Moscow, called the package tremendous.",
        expect![[r#"
            United States	proposes	sanctions	
            Donald Trump	supports	sanctions	
        "#]],
    );
}

#[test]
fn an_explainers_answers_are_prose_an_interviews_are_the_interviewees() {
    check(
        "Q: What did Putin agree to?\nA: Not to a full truce. He rejected the ceasefire.\nQ: And Ukraine?\nA: Zelensky said Kyiv backs a ceasefire.",
        expect![[r#"
            Vladimir Putin	opposes	ceasefire	
            Volodymyr Zelensky	supports	ceasefire	
        "#]],
    );
    check(
        "Foreign Minister Andrii Sybiha spoke to us.\nQ: Will you accept a ceasefire?\nA: We want a ceasefire now.",
        expect![[r#"
            Ukraine	supports	ceasefire	
        "#]],
    );
}

#[test]
fn a_loan_backed_by_frozen_assets_is_the_reparations_loan() {
    check(
        "Merz urged EU leaders to approve a loan to Ukraine backed by immobilised Russian assets. Zakharova said the reparations loan would be theft.",
        expect![[r#"
            Friedrich Merz	supports	new:reparations-loan-frozen-assets	
            Maria Zakharova	opposes	new:reparations-loan-frozen-assets	
        "#]],
    );
}

#[test]
fn it_after_a_document_named_in_its_sentence_is_that_document() {
    check(
        "Moscow demands that Ukraine stay out of NATO. Medinsky said the document was detailed and that the Ukrainian side would study it.",
        expect![[r#"
            Russia	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn readiness_to_sign_or_move_forward_is_support_not_an_offer() {
    check(
        "Zelensky said he was still ready to sign the minerals deal. Trump said he was ready to move to a second phase of sanctions on Russia.",
        expect![[r#"
            Volodymyr Zelensky	supports	new:minerals-deal	
            Donald Trump	supports	sanctions	
        "#]],
    );
}

#[test]
fn lines_frozen_where_they_stand_are_a_frozen_front() {
    check(
        "The original document was drafted by Steve Witkoff. It would cap Ukraine's army at 600,000. The lines in Kherson and Zaporizhzhia would be frozen where they stand.",
        expect![[r#"
            United States	proposes	ukraine-demilitarization	
            United States	proposes	freeze-frontline	
        "#]],
    );
}

#[test]
fn a_commitment_to_go_on_giving_offers_it_again() {
    check(
        "Germany would go on supplying air-defence systems to Kyiv. Poland would keep training Ukrainian soldiers at bases on its territory.",
        expect![[r#"
            Germany	proposes	weapons-support	
            Poland	proposes	training-mission	
        "#]],
    );
}

#[test]
fn a_proposal_called_a_provocation_is_rejected() {
    check(
        "Lavrov called the idea of a no-fly zone over Ukraine a provocation aimed at dragging NATO into the war.",
        expect![[r#"
            Sergey Lavrov	opposes	no-fly-zone	
        "#]],
    );
}

#[test]
fn a_neutral_country_as_a_venue_is_no_neutrality_demand() {
    check(
        "Sybiha said Kyiv was ready for a meeting of leaders in a neutral country. Moscow wants Ukraine to become a neutral country.",
        expect![[r#"
            Russia	supports	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn raising_an_idea_puts_it_forward() {
    check(
        "Macron raised the idea of a European contingent on Ukrainian soil. Merz raised the possibility of a ceasefire in the air.",
        expect![[r#"
            Emmanuel Macron	proposes	european-troops-in-ukraine	
            Friedrich Merz	considers	ceasefire	
        "#]],
    );
}

#[test]
fn a_notion_called_mistaken_is_rejected_by_the_speaker() {
    check(
        "Peskov said the idea that Ukraine can regain its lost territory was mistaken.",
        expect![[r#"
            Russia	opposes	regain-territory	
        "#]],
    );
}

#[test]
fn going_into_nato_and_a_demilitarised_strip_are_known_proposals() {
    check(
        "Trump said Ukraine will not go into NATO. Trump was also weighing a demilitarised strip along the front.",
        expect![[r#"
            Donald Trump	opposes	nato-membership	
            Donald Trump	considers	korean-style-armistice	
        "#]],
    );
}

#[test]
fn an_agent_after_by_and_an_honorific_is_no_reporting_subject() {
    check(
        "Starmer, Macron and Merz, joined by Mr Zelensky, said they strongly supported the view that the fighting should stop immediately and that the current line of contact should be the starting point of negotiations.",
        expect![[r#"
            Emmanuel Macron	supports	ceasefire	
            Emmanuel Macron	supports	freeze-frontline	
            Friedrich Merz	supports	ceasefire	
            Friedrich Merz	supports	freeze-frontline	
            Keir Starmer	supports	ceasefire	
            Keir Starmer	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn arguing_for_a_proposal_supports_it_and_by_belongs_to_the_nearer_participle() {
    check(
        "Meloni again argued for a security mechanism modeled on NATO's Article 5. She promoted a collective defence clause inspired by NATO's Article 5.",
        expect![[r#"
            Giorgia Meloni	supports	article5-guarantee	
        "#]],
    );
}

#[test]
fn istanbul_drafts_and_equipping_soldiers_are_known_proposals() {
    check(
        "Lavrov backed the drafts negotiated in Istanbul. Germany offered to equip Ukrainian soldiers.",
        expect![[r#"
            Sergey Lavrov	supports	istanbul-model	
            Germany	proposes	weapons-support	
        "#]],
    );
}

#[test]
fn announcing_or_ordering_a_proposal_puts_it_in_place() {
    check(
        "Putin ordered a thirty-hour Easter ceasefire. Trump announced that Putin had rejected the ceasefire.",
        expect![[r#"
            Vladimir Putin	proposes	ceasefire	
            Vladimir Putin	opposes	ceasefire	
        "#]],
    );
}

#[test]
fn a_passive_with_its_own_agent_shares_an_earlier_cues_target() {
    check(
        "Rutte announced a new air defence mission on the eastern flank, with jets pledged by France and Germany.",
        expect![[r#"
            France	proposes	new:eastern-sentry-air-defence	
            Germany	proposes	new:eastern-sentry-air-defence	
            Mark Rutte	proposes	new:eastern-sentry-air-defence	
        "#]],
    );
}

#[test]
fn shooting_down_russian_aircraft_is_open_and_an_unknown_ambassador_speaks_for_his_state() {
    check(
        "Trump said NATO countries should shoot down Russian aircraft that enter their airspace. Russia's ambassador to France, Alexei Meshkov, warned that shooting down a Russian jet would mean war.",
        expect![[r#"
            Donald Trump	supports	new:shoot-down-russian-aircraft	
            Russia	opposes	new:shoot-down-russian-aircraft	
        "#]],
    );
}

#[test]
fn musing_about_a_proposal_considers_it() {
    check(
        "Trump had mused about supplying Tomahawk missiles.",
        expect![[r#"
            Donald Trump	considers	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn an_offer_named_by_nationality_is_that_states() {
    check(
        "Merz told a news conference that the American offer on guarantees was remarkable.",
        expect![[r#"
            United States	proposes	security-guarantees	
        "#]],
    );
}

#[test]
fn a_quote_under_an_unknown_label_is_not_the_last_speakers() {
    check(
        "Zelensky said: \"We will never give up Donetsk.\"\n\n■ Europe: \"No limits on Ukraine's armed forces\"",
        expect![[r#"
            Volodymyr Zelensky	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn buying_american_weapons_is_an_open_proposal_apart_from_weapons_support() {
    check(
        "Kyiv has offered to buy about $90 billion of American weapons. Germany pledged more military aid.",
        expect![[r#"
            Ukraine	proposes	new:us-weapons-purchase	
            Germany	proposes	weapons-support	
        "#]],
    );
}

#[test]
fn a_need_in_the_that_clause_of_proposing_is_proposed() {
    check(
        "Merz proposed that Europe should send troops to Ukraine. Merz said that Europe should send troops to Ukraine.",
        expect![[r#"
            Friedrich Merz	proposes	european-troops-in-ukraine	
            Friedrich Merz	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_draft_needing_more_work_is_weighed() {
    check(
        "Washington sent Kyiv a 28-point peace plan. Meloni said the plan contained elements worth building on. Starmer said the American draft was a basis that will require additional work.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Giorgia Meloni	considers	new:us-28-point-peace-plan	
            Keir Starmer	considers	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_list_subject_of_a_reported_judgement_holds_it_whole() {
    check(
        "Poland, Greece and Italy said sending troops to Ukraine was unacceptable.",
        expect![[r#"
            Greece	opposes	european-troops-in-ukraine	
            Italy	opposes	european-troops-in-ukraine	
            Poland	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn they_after_a_list_is_the_list_not_the_author_of_a_named_draft() {
    check(
        "Washington sent Kyiv a 28-point peace plan. Starmer, Merz and Macron said the American draft was unacceptable. They said borders must not be changed by force.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Emmanuel Macron	opposes	new:us-28-point-peace-plan	
            Friedrich Merz	opposes	new:us-28-point-peace-plan	
            Keir Starmer	opposes	new:us-28-point-peace-plan	
            Emmanuel Macron	opposes	territorial-concession	
            Friedrich Merz	opposes	territorial-concession	
            Keir Starmer	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn praise_of_a_draft_supports_it_and_a_foundation_is_a_basis() {
    check(
        "Washington sent Kyiv a 28-point peace plan. Rubio emerged praising the refined framework. Putin said the American text could serve as the foundation of a final settlement. Zelensky said he would not hand over land Ukrainian soldiers are defending.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Marco Rubio	supports	new:us-28-point-peace-plan	
            Vladimir Putin	supports	new:us-28-point-peace-plan	
            Volodymyr Zelensky	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn a_conditional_an_actor_reports_is_no_provision_of_the_last_document() {
    check(
        "Washington sent a 28-point peace plan. Zelensky said he would not hand over land.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Volodymyr Zelensky	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn a_possessive_pronoun_before_a_title_and_name_only_qualifies_the_person() {
    check(
        "Putin met Trump in Alaska. His aide Yuri Ushakov dismissed a ceasefire as unconstructive.",
        expect![[r#"
            Russia	opposes	ceasefire	
        "#]],
    );
}

#[test]
fn a_meeting_in_moscow_is_an_open_proposal_and_except_moscow_rules_it_out() {
    check(
        "Putin invited Zelensky to Moscow for talks. Zelensky said he was ready to meet Putin in any format except in Moscow. Sybiha rejected the Moscow invitation.",
        expect![[r#"
            Volodymyr Zelensky	supports	bilateral-summit	
            Volodymyr Zelensky	opposes	new:meeting-in-moscow	
            Ukraine	opposes	new:meeting-in-moscow	
        "#]],
    );
}

#[test]
fn the_missiles_refer_back_to_tomahawks_and_warned_responses_oppose() {
    check(
        "Zelensky met Trump to discuss Tomahawk missiles. Mr Trump has so far held back from supplying the missiles. Medvedev warned that Tomahawk deliveries could end badly for everyone.",
        expect![[r#"
            Volodymyr Zelensky	considers	new:tomahawk-missiles	
            Donald Trump	opposes	new:tomahawk-missiles	
            Dmitry Medvedev	opposes	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn a_role_a_state_offers_to_serve_as_proposes_it() {
    check(
        "Poland would serve as the logistics hub for the force. Italy and Germany have no plans to send troops, with Warsaw offering instead to serve as a logistics hub. Poland will continue to run the hub in Rzeszów through which most Western military aid reaches Ukraine.",
        expect![[r#"
            Poland	proposes	new:logistics-hub	
            Germany	opposes	european-troops-in-ukraine	
            Italy	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_name_apposed_to_a_gerunds_object_is_no_antecedent_of_he() {
    check(
        "Receiving the NATO secretary general, Mark Rutte, in the Oval Office, Donald Trump said that he would like to see a ceasefire. From Moscow, the deputy chairman of Russia's Security Council, Dmitry Medvedev, wrote that any German troops in Ukraine would be treated as enemy forces.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
            Dmitry Medvedev	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_state_name_before_a_title_and_person_only_qualifies_the_person() {
    check(
        "US President Donald Trump rejected sanctions. The 28-point plan was drafted by US special envoy Steve Witkoff and would cap Ukraine's army.",
        expect![[r#"
            Donald Trump	opposes	sanctions	
            United States	proposes	ukraine-demilitarization	
            United States	proposes	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_name_after_a_conjunction_opening_a_clause_is_its_subject() {
    check(
        "Zelensky spoke in Kyiv. Sanctions followed hours after President Donald Trump said he had cancelled a planned summit with Vladimir Putin in Budapest.",
        expect![[r#"
            Donald Trump	opposes	new:trump-putin-budapest-summit	
        "#]],
    );
}

#[test]
fn an_attributive_participle_describes_and_not_go_ahead_calls_off() {
    check(
        "Mr Trump said his planned summit with Vladimir Putin in Budapest would not go ahead for now. The White House said there were no plans for a Trump-Putin meeting.",
        expect![[r#"
            Donald Trump	opposes	new:trump-putin-budapest-summit	
            United States	opposes	new:trump-putin-budapest-summit	
        "#]],
    );
}

#[test]
fn lobbying_supports_theft_opposes_and_the_plan_can_be_the_loan() {
    check(
        "The EU is weighing a reparations loan for Ukraine. Zelensky lobbied hard in Brussels on Thursday for the reparations loan. Maria Zakharova called the plan theft.",
        expect![[r#"
            European Union	considers	new:reparations-loan-frozen-assets	
            Volodymyr Zelensky	supports	new:reparations-loan-frozen-assets	
            Maria Zakharova	opposes	new:reparations-loan-frozen-assets	
        "#]],
    );
}

#[test]
fn a_counted_group_refers_only_to_a_group_of_its_size() {
    check(
        "Britain and France proposed a reassurance force. The two countries also want a US-led mechanism to monitor any ceasefire. Kyiv welcomed the idea. And where Washington offered vague assurances, the three governments sought a pledge mirroring Article 5.",
        expect![[r#"
            France	proposes	european-troops-in-ukraine	
            United Kingdom	proposes	european-troops-in-ukraine	
            France	supports	ceasefire-monitoring	
            United Kingdom	supports	ceasefire-monitoring	
            Ukraine	supports	ceasefire-monitoring	
        "#]],
    );
}

#[test]
fn troops_from_western_countries_and_a_path_into_the_eu_are_named_proposals() {
    check(
        "Troops from Western countries deployed in Ukraine would be legitimate targets, Putin said. Macron backs Ukraine's path into the European Union. Nothing in any deal, Merz told reporters, should block Ukraine's path into the European Union.",
        expect![[r#"
            Vladimir Putin	opposes	european-troops-in-ukraine	
            Emmanuel Macron	supports	eu-membership	
            Friedrich Merz	supports	eu-membership	
        "#]],
    );
}

#[test]
fn a_document_caps_states_and_sets_out_provisions_in_a_relative_clause() {
    check(
        "Washington drafted a 28-point peace plan. The plan caps Ukraine's armed forces at 600,000 troops and states that NATO troops will not be stationed in Ukraine. Trump is pressing Kyiv to accept a framework for ending the war that would require Kyiv to give up the rest of Donetsk.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	opposes	european-troops-in-ukraine	
            United States	proposes	ukraine-demilitarization	
            United States	proposes	territorial-concession	
        "#]],
    );
}

#[test]
fn a_cue_in_a_concessive_free_relative_asserts_nothing() {
    check(
        "Estonia would never recognise Russian sovereignty over occupied Ukrainian land, he added, whatever the great powers agree among themselves.",
        expect![[r#"
            Estonia	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn elections_in_ukraine_are_an_open_proposal() {
    check(
        "Putin said Ukraine must hold elections before any treaty is signed. Zelensky said Ukraine was ready to hold elections after a ceasefire.",
        expect![[r#"
            Vladimir Putin	supports	new:ukraine-elections	
            Volodymyr Zelensky	supports	new:ukraine-elections	ceasefire
        "#]],
    );
}

#[test]
fn a_reported_clause_opening_with_the_gerund_of_an_offer_states_it() {
    check(
        "Downing Street said planning for the Reassurance Force would continue whatever the size of the American contribution. Lavrov said discussing guarantees without Russia was meaningless.",
        expect![[r#"
            United Kingdom	proposes	european-troops-in-ukraine	
            Sergey Lavrov	supports	russia-in-guarantee-talks	
            Sergey Lavrov	opposes	security-guarantees	
        "#]],
    );
}

#[test]
fn the_president_is_the_bearer_the_article_names_most() {
    check(
        "President Donald Trump met European leaders. Trump spoke of progress. Trump then phoned Vladimir Putin. The president later announced a summit in Budapest.",
        expect![[r#"
            Donald Trump	proposes	new:trump-putin-budapest-summit	
        "#]],
    );
}

#[test]
fn stopping_short_of_a_proposal_or_of_a_verdict() {
    check(
        "Putin stopped short of a full ceasefire. Zelensky stopped short of rejecting the 28-point plan.",
        expect![[r#"
            Vladimir Putin	opposes	ceasefire	
            Volodymyr Zelensky	considers	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn asking_that_a_clause_hold_supports_its_content() {
    check(
        "Berlin and London have asked that the settlement include a European-led force on Ukrainian soil. Kyiv regarded the troop ceiling as unacceptable.",
        expect![[r#"
            Germany	supports	european-troops-in-ukraine	
            United Kingdom	supports	european-troops-in-ukraine	
            Ukraine	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn a_statement_printed_in_the_first_person_speaks_for_its_issuers() {
    // "We, the leaders of X, …" opens the statement; its list and its "we" paragraphs are
    // X's words; a paragraph of reporting ends it.
    check(
        "We, the leaders of the Coalition of the Willing meeting in Paris, commit to the following:\n\n- Investment in Ukraine's recovery and reconstruction.\n\nInternational borders must not be changed by force. We will keep up pressure on Russia, including through sanctions.\n\nThe statement was endorsed by a dozen countries. International borders must not be changed by force, Ukraine's foreign minister said.",
        expect![[r#"
            Coalition of the Willing	proposes	reconstruction	
            Coalition of the Willing	opposes	territorial-concession	
            Coalition of the Willing	supports	sanctions	
            Ukraine	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn ground_troops_a_state_will_not_send_are_its_own() {
    // A proposal's name between holder and cue ("the European force") is no other owner
    // of the troops.
    check(
        "Washington would back the European force with air defence but would not send ground troops. The U.S. said it will take part in security guarantees for Ukraine, but ruled out sending its own ground troops.",
        expect![[r#"
            United States	supports	european-troops-in-ukraine	
            United States	opposes	us-troops-in-ukraine	
            United States	supports	security-guarantees	
        "#]],
    );
}

#[test]
fn a_negated_block_clears_the_way() {
    check(
        "Hungary will not block the new sanctions package. Orban blocked the sanctions package.",
        expect![[r#"
            Hungary	supports	sanctions	
            Viktor Orbán	opposes	sanctions	
        "#]],
    );
}

#[test]
fn the_document_a_target_stands_in_is_no_target() {
    check(
        "Michal rejected the ceiling on Ukraine's armed forces set out in the 28-point plan. Tusk rejected the troop cap and the 28-point plan.",
        expect![[r#"
            Kristen Michal	opposes	ukraine-demilitarization	
            Poland	opposes	ukraine-demilitarization	
            Poland	opposes	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn the_minister_is_the_last_named_minister() {
    // A foreign or defence minister is also "the minister"; "the Russian minister" is
    // Russia's one.
    check(
        "Marco Rubio spoke to Sergey Lavrov on Tuesday. The Russian minister insisted that Ukraine's withdrawal from Donetsk remained a precondition.",
        expect![[r#"
            Russia	supports	territorial-concession	
        "#]],
    );
}

#[test]
fn a_verb_joined_to_a_reported_clause_is_the_reporters() {
    // ", and called for" after "said Russia was …" is the reporter's second verb; the subject
    // of the reporting verb opens its clause even past a participle phrase.
    check(
        "Ukraine's foreign minister, Andrii Sybiha, said Russia was choosing missiles over talks, and called for new sanctions. Trump, receiving Zelensky at the White House, said Russia was stalling, and urged both sides to agree a ceasefire.",
        expect![[r#"
            Ukraine	supports	sanctions	
            Donald Trump	supports	ceasefire	
        "#]],
    );
}

#[test]
fn a_possessors_allies_are_not_the_possessor() {
    check(
        "Lavrov dismissed the security guarantees being drafted by Ukraine's Western allies. Lavrov dismissed the security guarantees being drafted by Ukraine.",
        expect![[r#"
            Sergey Lavrov	opposes	security-guarantees	
            Ukraine	proposes	security-guarantees	
        "#]],
    );
}

#[test]
fn a_not_after_a_comma_contrasts_rather_than_negates() {
    check(
        "Zakharova said guarantees had to be worked out with Russia, not behind its back. Tusk said Polish soldiers would not go to Ukraine.",
        expect![[r#"
            Poland	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_cue_word_modifying_a_hyphenated_compound_is_no_cue() {
    // "veto" in "veto-holding" is no opposing cue; "proposal" heading "counter-proposal" is
    // still a cue (the clause after it sets out what the authors propose).
    check(
        "Lavrov said Moscow wants an arrangement along the lines of what was agreed in Istanbul in 2022, with the five veto-holding powers as guarantors. Britain, France and Germany tabled a counter-proposal that drops the demand for a Ukrainian pull-out from Donetsk.",
        expect![[r#"
            France	opposes	territorial-concession	
            France	proposes	new:european-counter-proposal	
            Germany	opposes	territorial-concession	
            Germany	proposes	new:european-counter-proposal	
            United Kingdom	opposes	territorial-concession	
            United Kingdom	proposes	new:european-counter-proposal	
        "#]],
    );
}

#[test]
fn a_proposal_judged_by_what_it_would_cost_is_opposed() {
    check(
        "Lavrov said an immediate ceasefire would mean forgetting the root causes of the conflict. Talking about security guarantees without Russia, Lavrov told reporters, would lead nowhere.",
        expect![[r#"
            Sergey Lavrov	opposes	ceasefire	
            Sergey Lavrov	supports	russia-in-guarantee-talks	
        "#]],
    );
}

#[test]
fn crimea_coming_back_and_a_ceiling_on_ukraines_own_army() {
    check(
        "Trump said Crimea would not be coming back. Zelensky said there can be no ceiling on the size of Ukraine's own army.",
        expect![[r#"
            Donald Trump	opposes	regain-territory	
            Volodymyr Zelensky	opposes	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn japans_forces_sent_and_a_weighed_object_before_a_new_clause() {
    // The verb names where the Self-Defense Forces would go; "examining its role in
    // guarantees" keeps its object when a later clause judges another proposal.
    check(
        "Japan will not send Self-Defense Force personnel, a spokesman said. Ishiba said Japan was examining what role it could play in guarantees for Ukraine, but that sending troops was not under consideration.",
        expect![[r#"
            Japan	opposes	european-troops-in-ukraine	
            Shigeru Ishiba	opposes	european-troops-in-ukraine	
            Shigeru Ishiba	considers	security-guarantees	
        "#]],
    );
}

#[test]
fn a_closing_but_no_states_an_outcome() {
    check(
        "Russia, Ukraine agree prisoner swap, but no truce\n\nThe talks produced an agreement to exchange prisoners, but no commitment to stop the fighting. Ukraine backs a truce but no territorial concessions.",
        expect![[r#"
            Russia	supports	new:prisoner-exchange	
            Ukraine	supports	new:prisoner-exchange	
            Ukraine	supports	ceasefire	
            Ukraine	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn looking_at_an_option_weighs_it() {
    check(
        "Japan will not send troops but is looking at contributing to reconstruction.",
        expect![[r#"
            Japan	opposes	european-troops-in-ukraine	
            Japan	considers	reconstruction	
        "#]],
    );
}

#[test]
fn the_bloc_is_the_european_union() {
    check(
        "Von der Leyen said the Kremlin would stop at nothing, and that the bloc would put forward its 19th sanctions package.",
        expect![[r#"
            European Union	proposes	sanctions	
        "#]],
    );
}

#[test]
fn a_restrictive_relative_clause_may_have_a_listed_subject() {
    check(
        "Moscow turned down the 30-day ceasefire that Washington and Kyiv had agreed at talks in Jeddah.",
        expect![[r#"
            Russia	opposes	ceasefire	
            Ukraine	supports	ceasefire	
            United States	supports	ceasefire	
        "#]],
    );
}

#[test]
fn guns_falling_silent_is_a_ceasefire() {
    check(
        "Starmer said Britain stood ready to lead a multinational force once the guns fell silent. Kyiv wants the guns to fall silent. Lavrov said an immediate halt along the current line would ignore the root causes of the conflict.",
        expect![[r#"
            Keir Starmer	proposes	european-troops-in-ukraine	ceasefire
            Ukraine	supports	ceasefire	
            Sergey Lavrov	opposes	freeze-frontline	
        "#]],
    );
}

#[test]
fn a_proposal_called_a_danger_is_opposed() {
    check(
        "Zakharova described the Western security guarantees as a source of danger for the whole continent. Moscow regards the presence of foreign troops close to its borders as a danger.",
        expect![[r#"
            Maria Zakharova	opposes	security-guarantees	
            Russia	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_pullout_from_parts_of_donetsk_is_a_territorial_concession() {
    check(
        "Putin insisted that Ukrainian forces pull out of the parts of the Donetsk region they still hold.",
        expect![[r#"
            Vladimir Putin	supports	territorial-concession	
        "#]],
    );
}

#[test]
fn playing_its_part_in_a_proposal_offers_a_share() {
    check(
        "Wadephul said Germany would play its part in the security guarantees for Ukraine.",
        expect![[r#"
            Germany	proposes	security-guarantees	
        "#]],
    );
}

#[test]
fn a_named_group_opening_a_subordinate_clause_holds_its_cues() {
    check(
        "Putin's offer came a day after the leaders of France and Poland — Macron and Tusk — met in Kyiv and demanded that Russia accept a ceasefire. Lavrov spoke after the foreign ministers of Germany and Italy called for new sanctions.",
        expect![[r#"
            France	supports	ceasefire	
            Poland	supports	ceasefire	
            Germany	supports	sanctions	
            Italy	supports	sanctions	
        "#]],
    );
}

#[test]
fn an_offer_noun_ending_in_its_preposition_keeps_its_nationality() {
    check(
        "Weeks after Kyiv signed up to an American proposal for a ceasefire, the fighting goes on.",
        expect![[r#"
            United States	proposes	ceasefire	
        "#]],
    );
}

#[test]
fn a_statement_introduced_by_its_signers_speaks_for_them() {
    check(
        "Declaration of 3 March, signed by Tusk and Meloni along with other leaders and Zelensky: we support a ceasefire along the current front. Letter signed by Macron: our view is that sanctions must stay.",
        expect![[r#"
            Giorgia Meloni	supports	ceasefire	
            Giorgia Meloni	supports	freeze-frontline	
            Poland	supports	ceasefire	
            Poland	supports	freeze-frontline	
            Volodymyr Zelensky	supports	ceasefire	
            Volodymyr Zelensky	supports	freeze-frontline	
            Emmanuel Macron	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_possessor_inside_a_quotation_is_no_subject() {
    check(
        "Macron said: \"We back Trump's position that the current line of contact should be the starting point of negotiations.\"",
        expect![[r#"
            Emmanuel Macron	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn a_noun_in_ing_before_a_subject_is_no_gerund() {
    check(
        "Zelensky flew to Ankara. On Friday evening the Ukrainian leader spoke by phone with Trump, Macron and Merz. He said afterwards that there must be tough sanctions.",
        expect![[r#"
            Volodymyr Zelensky	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_meeting_between_leaders_is_the_meeting_of_their_states() {
    check(
        "Kyiv proposed a meeting between President Volodymyr Zelensky and Russian President Vladimir Putin. Macron backed a summit between Trump, Putin and Zelensky. Lavrov rejected talks between Rubio and Sybiha.",
        expect![[r#"
            Ukraine	proposes	bilateral-summit	
            Emmanuel Macron	supports	trilateral-summit	
        "#]],
    );
}

#[test]
fn a_verb_of_placing_and_on_the_table_enclose_what_is_proposed() {
    check(
        "Umerov said Kyiv had put three items on the table: a full ceasefire and an exchange of prisoners. Russia put on the table a truce. A ceasefire is on the table, Lavrov said.",
        expect![[r#"
            Ukraine	proposes	ceasefire	
            Ukraine	proposes	new:prisoner-exchange	
            Russia	proposes	ceasefire	
            Sergey Lavrov	considers	ceasefire	
        "#]],
    );
}

#[test]
fn a_name_modifying_the_judged_noun_is_no_holder() {
    check(
        "A US commitment along the lines of Article 5 is essential, Tusk told reporters in Warsaw.",
        expect![[r#"
            Poland	supports	article5-guarantee	
        "#]],
    );
}

#[test]
fn an_obligation_to_accept_is_the_reporters_stance() {
    check(
        "Trump repeated that Kyiv would probably have to accept the loss of some territory to end the war. Any contribution would have to fit within the country's legal limits, Ishiba said.",
        expect![[r#"
            Donald Trump	supports	territorial-concession	
        "#]],
    );
}

#[test]
fn a_judged_subject_is_the_longest_nearest_proposal_and_the_phrase_inside() {
    check(
        "Lavrov said an immediate ceasefire along the current line would mean forgetting the root causes.",
        expect![[r#"
            Sergey Lavrov	opposes	ceasefire	
            Sergey Lavrov	opposes	freeze-frontline	
        "#]],
    );
}

#[test]
fn ensuring_ukraines_security_and_stopping_along_the_present_line_are_named() {
    check(
        "Putin said he agreed with Trump that the security of Ukraine should be ensured. Zelensky said the fighting should stop along the present line.",
        expect![[r#"
            Vladimir Putin	supports	security-guarantees	
            Volodymyr Zelensky	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn a_demand_after_a_colon_is_the_setters_before_it() {
    check(
        "Sergei Lavrov restated the positions Moscow has held since 2022: Ukraine must be neutral, with strict limits on its armed forces, and its bid for Nato membership must be formally abandoned.",
        expect![[r#"
            Sergey Lavrov	supports	ukraine-demilitarization	
            Sergey Lavrov	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn a_quotation_of_an_unnamed_source_is_not_the_last_speakers() {
    check(
        "\"We are ready right now,\" Putin said. \"Nobody will hand over the Donbas,\" a source in the presidential office told our correspondent.",
        expect![""],
    );
}

#[test]
fn a_report_after_a_contrast_is_no_speaker_of_the_clause_before() {
    check(
        "European leaders pressed for a ceasefire before further talks, but Trump said a peace deal could come first.",
        expect![""],
    );
}

#[test]
fn an_official_of_a_state_outside_the_talks_keeps_their_own_node() {
    check(
        "Finnish President Alexander Stubb said a ceasefire should be the first step. Polish Prime Minister Donald Tusk backed new sanctions.",
        expect![[r#"
            Alexander Stubb	supports	ceasefire	
            Poland	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_states_title_with_an_apposed_name_is_that_person() {
    check(
        "Turkey's foreign minister, Hakan Fidan, opened the session by urging both delegations to agree a ceasefire.",
        expect![[r#"
            Hakan Fidan	supports	ceasefire	
        "#]],
    );
}

#[test]
fn taking_note_weighs_without_commitment() {
    check(
        "Medinsky said Moscow had taken note of Kyiv's request for a meeting of the heads of state.",
        expect![[r#"
            Russia	considers	bilateral-summit	
            Ukraine	supports	bilateral-summit	
        "#]],
    );
}

#[test]
fn an_arrangement_without_russia_and_a_halt_along_the_front_are_named() {
    check(
        "Lavrov said any arrangement put together without Russia would be a road to nowhere. Zelensky said Ukraine could accept a halt to the fighting along the current front.",
        expect![[r#"
            Sergey Lavrov	supports	russia-in-guarantee-talks	
            Volodymyr Zelensky	supports	ceasefire	
            Volodymyr Zelensky	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn the_addressee_of_telling_is_no_subject_of_what_follows() {
    check(
        "Ukraine has told the United States it is ready to accept an immediate 30-day ceasefire.",
        expect![[r#"
            Ukraine	supports	ceasefire	
        "#]],
    );
}

#[test]
fn a_list_of_agents_may_repeat_by() {
    check(
        "The ceasefire was also welcomed by Emmanuel Macron, by Ursula von der Leyen and by Keir Starmer.",
        expect![[r#"
            Emmanuel Macron	supports	ceasefire	
            European Union	supports	ceasefire	
            Keir Starmer	supports	ceasefire	
        "#]],
    );
}

#[test]
fn sending_its_own_soldiers_names_the_troops() {
    check(
        "Poland, as before, would not send its own soldiers. The United States will not send its own troops.",
        expect![[r#"
            Poland	opposes	european-troops-in-ukraine	
            United States	opposes	us-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_sovereign_right_is_granted() {
    check(
        "Peskov said joining the EU was the sovereign right of any country. Zelensky said Ukraine has the sovereign right to join NATO.",
        expect![[r#"
            Russia	supports	eu-membership	
            Volodymyr Zelensky	supports	nato-membership	
        "#]],
    );
}

#[test]
fn a_known_name_in_capitals_after_a_title_is_the_known_actor() {
    check(
        "SECRETARY OF STATE MARCO RUBIO: Nothing is off the table, including a ceasefire.",
        expect![[r#"
            Marco Rubio	considers	ceasefire	
        "#]],
    );
}

#[test]
fn a_counter_proposal_is_its_own_proposal_and_no_antecedent_of_the_plan() {
    check(
        "Washington's 28-point plan was handed to Kyiv on Thursday. Britain, France and Germany tabled a counter-proposal. Yuri Ushakov dismissed the European counter-proposal as unconstructive. Marco Rubio backed the plan.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            France	proposes	new:european-counter-proposal	
            Germany	proposes	new:european-counter-proposal	
            United Kingdom	proposes	new:european-counter-proposal	
            Russia	opposes	new:european-counter-proposal	
        "#]],
    );
}

#[test]
fn never_before_the_proposal_in_a_that_clause_excludes_it() {
    check(
        "Russia has always demanded that Ukraine never join the alliance.",
        expect![[r#"
            Russia	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn a_stance_inside_an_until_clause_is_a_condition_and_a_deadline_is_not() {
    check(
        "Kaja Kallas said the EU would keep tightening sanctions until Moscow agreed to a genuine ceasefire. Mr Trump gave Kyiv until Thursday to accept the ceasefire.",
        expect![[r#"
            European Union	proposes	sanctions	ceasefire
            Donald Trump	supports	ceasefire	
        "#]],
    );
}

#[test]
fn what_would_only_prolong_the_war_is_opposed() {
    check(
        "Peskov also said more American arms for Kyiv would only prolong the fighting.",
        expect![[r#"
            Russia	opposes	weapons-support	
        "#]],
    );
}

#[test]
fn whether_a_stance_will_be_taken_is_not_clear_is_no_stance() {
    check(
        "Nor is it clear that Russia will accept European troops in any form.",
        expect![""],
    );
}

#[test]
fn sitting_down_with_putin_and_ukraine_inside_the_alliance_are_named() {
    check(
        "Zelensky said he was ready to sit down with Putin at any moment. Peskov said Russia would never accept Ukraine inside the bloc.",
        expect![[r#"
            Volodymyr Zelensky	supports	bilateral-summit	
            Russia	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn what_is_called_illegal_is_opposed() {
    check(
        "Kremlin spokesman Dmitry Peskov called the EU sanctions package illegal.",
        expect![[r#"
            Russia	opposes	sanctions	
        "#]],
    );
}

#[test]
fn what_is_called_premature_is_opposed() {
    check(
        "Olaf Scholz said a debate about peacekeepers was premature and highly inappropriate.",
        expect![[r#"
            Olaf Scholz	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_measure_its_holder_enacts_is_proposed() {
    check(
        "EU governments approved a 19th package of sanctions. Zelensky welcomed the new sanctions.",
        expect![[r#"
            European Union	proposes	sanctions	
            Volodymyr Zelensky	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_quotation_over_several_sentences_is_its_closing_speakers() {
    check(
        "Starmer spoke first. “We support a ceasefire. We will not send troops to Ukraine. Our task is to protect the flank,” Defence Minister Władysław Kosiniak-Kamysz said.",
        expect![[r#"
            Poland	supports	ceasefire	
            Poland	opposes	european-troops-in-ukraine	
        "#]],
    );
    check(
        "Starmer spoke first. \"We will not send troops to Ukraine. Our task is to protect the flank,\" Defence Minister Władysław Kosiniak-Kamysz said.",
        expect![[r#"
            Poland	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn readiness_to_accept_supports() {
    check(
        "Ukraine expressed readiness to accept a 30-day ceasefire. Russia stands ready to accept a ceasefire monitoring mission.",
        expect![[r#"
            Ukraine	supports	ceasefire	
            Russia	supports	ceasefire-monitoring	
        "#]],
    );
}

#[test]
fn the_two_sides_are_the_parties_of_the_latest_talks() {
    check(
        "Zelensky spoke in Kyiv. The arrangements grew out of a telephone call between Donald Trump and Vladimir Putin. The two leaders also agreed to swap 175 prisoners of war each.",
        expect![[r#"
            Donald Trump	supports	new:prisoner-exchange	
            Vladimir Putin	supports	new:prisoner-exchange	
        "#]],
    );
    check(
        "US and Ukrainian delegations met in Jeddah. The delegations discussed prisoner exchanges.",
        expect![[r#"
            Ukraine	considers	new:prisoner-exchange	
            United States	considers	new:prisoner-exchange	
        "#]],
    );
    // "The two presidents" of two states are their presidents, not their prime ministers.
    check(
        "Talks between the United States and Ukraine ended in Jeddah. The two presidents agreed to conclude the minerals deal.",
        expect![[r#"
            Donald Trump	supports	new:minerals-deal	
            Volodymyr Zelensky	supports	new:minerals-deal	
        "#]],
    );
}

#[test]
fn a_subordinate_clause_with_an_unnamed_subject_is_nobodys_stance() {
    check(
        "Putin said the US draft could be a basis for peace, as Europeans pushed back on the cap on Ukraine's army.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Vladimir Putin	supports	new:us-28-point-peace-plan	
        "#]],
    );
    // "until Thanksgiving" is a time, not a subject.
    check(
        "Trump gave Kyiv until Thanksgiving to accept a ceasefire.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
        "#]],
    );
}

#[test]
fn a_title_after_as_is_a_role_not_a_mention() {
    check(
        "Olaf Scholz, at one of his last summits as German chancellor, said Berlin would keep up military aid to Ukraine.",
        expect![[r#"
            Germany	supports	weapons-support	
        "#]],
    );
}

#[test]
fn a_new_persons_name_drops_the_possessive() {
    check(
        "South Africa repeated President Cyril Ramaphosa's offer to monitor a ceasefire.",
        expect![[r#"
            Cyril Ramaphosa	proposes	ceasefire-monitoring	
        "#]],
    );
}

#[test]
fn recurring_proposals_of_autumn_2025_are_open_concepts() {
    check(
        "Washington floated turning the rest of Donetsk into a free economic zone. Ukraine proposed the return of Ukrainian children deported to Russia. Germany said a drone wall was not realistic.",
        expect![[r#"
            United States	proposes	territorial-concession	
            United States	proposes	new:free-economic-zone	
            Ukraine	proposes	new:return-of-children	
            Germany	opposes	new:drone-wall	
        "#]],
    );
}

#[test]
fn for_and_a_length_of_time_is_no_object() {
    check(
        "Zelensky has argued for weeks that a ceasefire would only help Russia. Macron has argued for a ceasefire.",
        expect![[r#"
            Emmanuel Macron	supports	ceasefire	
        "#]],
    );
}

#[test]
fn open_to_helping_offers_help() {
    check(
        "Rome is open to helping monitor a ceasefire from outside the country.",
        expect![[r#"
            Italy	proposes	ceasefire-monitoring	
        "#]],
    );
}

#[test]
fn limits_on_another_states_army_are_no_limits_on_ukraines() {
    check(
        "Estonia proposed that any settlement impose limits on Russia's own armed forces. Russia demanded limits on Ukraine's armed forces.",
        expect![[r#"
            Russia	supports	ukraine-demilitarization	
        "#]],
    );
}

#[test]
fn what_one_backs_a_deal_with_is_offered() {
    check(
        "Starmer said Britain was prepared to back a settlement with boots on the ground and planes in the air. Kyiv backed the plan.",
        expect![[r#"
            Keir Starmer	proposes	air-support	
            Keir Starmer	proposes	european-troops-in-ukraine	
            Ukraine	supports	air-support	
            Ukraine	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn leaving_open_the_option_offers_it() {
    check(
        "Trump said there would be no American soldiers in Ukraine, leaving open only the option of support from the air.",
        expect![[r#"
            Donald Trump	opposes	us-troops-in-ukraine	
            Donald Trump	proposes	air-support	
        "#]],
    );
}

#[test]
fn it_as_an_object_refers_to_the_proposal_named_last() {
    check(
        "Kyiv called for a ceasefire and security guarantees. Moscow said it would study it.",
        expect![[r#"
            Ukraine	supports	ceasefire	
            Ukraine	supports	security-guarantees	
            Russia	considers	security-guarantees	
        "#]],
    );
}

#[test]
fn not_necessarily_commits_to_nothing() {
    check(
        "Poland has said it is ready to contribute to the coalition, though not necessarily with troops on the ground.",
        expect![""],
    );
}

#[test]
fn what_matters_is_supported() {
    check(
        "Trump said what mattered now was stopping the killing.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
        "#]],
    );
}

#[test]
fn ukraine_out_of_donbas_names_the_withdrawal() {
    check(
        "Moscow wants Ukraine out of the whole Donbas.",
        expect![[r#"
            Russia	supports	territorial-concession	
        "#]],
    );
}

#[test]
fn a_sentence_opening_with_should_states_a_condition() {
    // Without the condition, "refuse" negated the sanctions for Moscow.
    check(
        "Should Moscow refuse, he added, he expected Washington to respond with stronger sanctions.",
        expect![""],
    );
    // … and so does "should" before its subject inside the sentence.
    check(
        "Russia agreed to explore security guarantees should the fighting end.",
        expect![[r#"
            Russia	supports	security-guarantees	ceasefire
        "#]],
    );
}

#[test]
fn a_measure_that_could_be_imposed_is_weighed() {
    check(
        "Trump said he could impose sanctions that would be devastating for Russia.",
        expect![[r#"
            Donald Trump	considers	sanctions	
        "#]],
    );
    // … while one put into force is originated.
    check(
        "Washington imposed sanctions on Rosneft.",
        expect![[r#"
            United States	proposes	sanctions	
        "#]],
    );
}

#[test]
fn a_truce_in_the_air_and_at_sea_is_narrower_than_a_ceasefire() {
    check(
        "Macron proposed a one-month truce in the air and at sea.",
        expect![[r#"
            Emmanuel Macron	proposes	new:air-and-sea-truce	
        "#]],
    );
    // … while one on land as well is the ceasefire.
    check(
        "Zelensky called for a ceasefire on land, in the air and at sea.",
        expect![[r#"
            Volodymyr Zelensky	supports	ceasefire	
        "#]],
    );
}

#[test]
fn holding_up_a_measure_opposes_it() {
    check(
        "The sanctions package, which Slovakia is still holding up, is due next week.",
        expect![[r#"
            Slovakia	opposes	sanctions	
        "#]],
    );
    check(
        "Hungary is no longer holding up the sanctions package.",
        expect![[r#"
            Hungary	supports	sanctions	
        "#]],
    );
}

#[test]
fn a_warned_new_stage_of_escalation_opposes_what_it_follows() {
    check(
        "Putin said supplying Tomahawks would mean a new stage of escalation.",
        expect![[r#"
            Vladimir Putin	opposes	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn a_subordinate_clause_with_a_named_subject_ends_the_cue_reach() {
    check(
        "Tokyo weighs its role as Brussels keeps Ukraine's EU path open.",
        expect![[r#""#]],
    );
    // What comes before the conjunction stays in reach; "such as" opens no clause.
    check(
        "Japan is weighing sanctions such as Britain's as Brussels keeps Ukraine's EU path open.",
        expect![[r#"
            Japan	considers	sanctions	
        "#]],
    );
}

#[test]
fn looking_closely_at_an_option_considers_it() {
    check(
        "Vance said the administration was looking very closely at sending Tomahawks.",
        expect![[r#"
            United States	considers	new:tomahawk-missiles	
        "#]],
    );
}

#[test]
fn a_possessed_call_to_act_is_the_possessor_s_support() {
    check(
        "Zelensky welcomed Trump's call to freeze the fighting along the current front line.",
        expect![[r#"
            Donald Trump	supports	freeze-frontline	
            Volodymyr Zelensky	supports	freeze-frontline	
        "#]],
    );
}

#[test]
fn defending_a_proposal_supports_it_but_defended_land_is_no_stance() {
    check(
        "Brazil defends an immediate ceasefire and a negotiated solution.",
        expect![[r#"
            Brazil	supports	ceasefire	
        "#]],
    );
    check(
        "Zelensky said Ukraine would not hand over territory that it had defended.",
        expect![[r#"
            Volodymyr Zelensky	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn a_proposal_called_urgent_is_supported() {
    check(
        "Estonia's foreign minister Margus Tsahkna said the drone wall is urgent.",
        expect![[r#"
            Estonia	supports	new:drone-wall	
        "#]],
    );
}

#[test]
fn readiness_to_join_stop_or_return_supports_but_readiness_to_deploy_proposes() {
    check(
        "Lavrov said Moscow was ready to return to the Istanbul principles.",
        expect![[r#"
            Russia	supports	istanbul-model	
        "#]],
    );
    check(
        "Zelensky said he was ready to join them for a three-way meeting.",
        expect![[r#"
            Volodymyr Zelensky	supports	trilateral-summit	
        "#]],
    );
    check(
        "Estonia is ready to deploy a company to Ukraine once a ceasefire holds.",
        expect![[r#"
            Estonia	proposes	european-troops-in-ukraine	ceasefire
        "#]],
    );
}

#[test]
fn a_plan_drawn_up_over_weeks_by_an_envoy_is_his_and_a_source_aside_keeps_its_provisions() {
    // An adverbial between the authoring verb and "by"; a source's aside between commas.
    check(
        "The 28-point plan was drawn up over several weeks by Steve Witkoff.\nIts main points, as several newspapers reported, would require Ukraine to pull its troops out of the part of Donetsk region it still controls.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	proposes	territorial-concession	
        "#]],
    );
    // A series of clauses after the document: each "would" opens its own provision.
    check(
        "The 28-point plan was drawn up by Steve Witkoff.\nIts main points would require Ukraine to cap its armed forces at 600,000.\nIn return, Russia would be invited back into the G8, frozen Russian assets would be invested in US-led reconstruction projects, and Ukraine would be eligible for membership of the European Union.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	proposes	ukraine-demilitarization	
            United States	proposes	eu-membership	
            United States	proposes	reconstruction	
            United States	proposes	new:russia-rejoins-g8	
        "#]],
    );
}

#[test]
fn in_a_spokeswomans_answer_the_president_is_her_states_leader() {
    // A briefing transcript's label with an honorific names the speaker; in her answer "the
    // President" is her state's leader, not the president the article names most.
    check(
        "Q: President Putin spoke to reporters in Bishkek. Did President Putin see the new text?\nMS. LEAVITT: The President has been very clear that there will be no American boots on the ground in Ukraine.",
        expect![[r#"
            Donald Trump	opposes	us-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_second_that_clause_belongs_to_the_reporting_verb_not_the_cue_before_it() {
    // "discussed" weighs the plan; what "and that …" adds is said, not discussed.
    check(
        "Zelensky said he had discussed the 28-point plan with Witkoff and that security guarantees from the United States were essential.",
        expect![[r#"
            Volodymyr Zelensky	considers	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn keeping_a_measure_in_force_supports_it_even_for_its_enactor() {
    // The EU enacts sanctions, so adopting a package is its proposal; keeping them is support.
    check(
        "Kallas said the bloc would keep its sanctions in place for as long as the war continued.\nThe European Union adopted its 19th sanctions package.",
        expect![[r#"
            European Union	supports	sanctions	
            European Union	proposes	sanctions	
        "#]],
    );
}

#[test]
fn barring_or_preventing_someone_from_a_proposal_opposes_it() {
    check(
        "Russia wants to prevent Ukraine from joining NATO.\nWashington's 28-point plan would bar the country from ever joining NATO.",
        expect![[r#"
            Russia	opposes	nato-membership	
            United States	opposes	nato-membership	
            United States	proposes	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_provision_leaves_another_clauses_stance_on_the_same_proposal() {
    // The blueprint's clause is Washington's proposal; Ottawa's warning is a stance of its own.
    check(
        "Zelensky weighs Washington's 28-point plan that would cede Donbas as Ottawa warns against trading land for peace\n\nThe talks go on.",
        expect![[r#"
            Canada	opposes	territorial-concession	
            United States	proposes	territorial-concession	
            United States	proposes	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn openness_to_a_proposal_supports_it_but_openness_to_weigh_it_considers() {
    check(
        "Lavrov said Moscow remains open to guarantees along the lines discussed in Istanbul in 2022.\nPutin said he was open to discussing a ceasefire.\nMerz keeps door open to German soldiers in Ukraine.",
        expect![[r#"
            Russia	supports	istanbul-model	
            Russia	supports	security-guarantees	
            Vladimir Putin	considers	ceasefire	
            Friedrich Merz	considers	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn a_governed_offer_noun_with_a_nationality_is_that_states_offer() {
    check(
        "Ukraine accepted an American proposal for a 30-day ceasefire.",
        expect![[r#"
            Ukraine	supports	ceasefire	
            United States	proposes	ceasefire	
        "#]],
    );
}

#[test]
fn an_outcome_that_is_not_going_to_happen_is_ruled_out() {
    check(
        "Trump said NATO membership for Ukraine is not going to happen.",
        expect![[r#"
            Donald Trump	opposes	nato-membership	
        "#]],
    );
}

#[test]
fn a_noun_in_apposition_with_a_contact_clause_refers_back_to_the_proposal() {
    check(
        "Russia wants China among the guarantors, an idea Kyiv rejects out of hand.",
        expect![[r#"
            Russia	supports	istanbul-model	
            Ukraine	opposes	istanbul-model	
        "#]],
    );
    check(
        "Putin said Zelensky could come to Moscow for a summit — an offer Kyiv calls a nonstarter.",
        expect![[r#"
            Ukraine	opposes	new:meeting-in-moscow	
        "#]],
    );
}

#[test]
fn readiness_to_work_toward_an_outcome_supports_it() {
    check(
        "Macron said France stood ready to work toward a trilateral summit.",
        expect![[r#"
            Emmanuel Macron	supports	trilateral-summit	
        "#]],
    );
}

#[test]
fn he_after_a_speaker_the_ontology_lacks_is_not_an_earlier_person() {
    check(
        "Trump met Putin in Alaska on Friday. \"A frozen line is the most realistic outcome,\" said \
         Cha Min-jun, a senior fellow at a Seoul institute. He added that Kyiv would need foreign \
         troops on its soil to make such a line hold.",
        expect![[r#""#]],
    );
}

#[test]
fn a_pause_that_would_only_let_the_enemy_rearm_is_opposed_and_a_lack_judged_is_reversed() {
    check(
        "Moscow says a truce would only let Ukraine regroup and rearm.",
        expect![[r#"
            Russia	opposes	ceasefire	
        "#]],
    );
    check(
        "Zelensky has argued that a ceasefire without guarantees would only prolong the war.",
        expect![[r#"
            Volodymyr Zelensky	supports	security-guarantees	
        "#]],
    );
    check(
        "Zelensky said a truce without one would only give Russia time to regroup.",
        expect![[r#""#]],
    );
}

#[test]
fn a_national_deployment_is_the_troops_proposal() {
    check(
        "Merz rejected a large German deployment to Ukraine.",
        expect![[r#"
            Friedrich Merz	opposes	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn the_commitment_praised_is_the_proposal_just_pledged() {
    check(
        "Twenty-six countries pledged to deploy a reassurance force to Ukraine. Zelensky called \
         the commitment the first serious, concrete step in a long time.",
        expect![[r#"
            Coalition of the Willing	proposes	european-troops-in-ukraine	
            Volodymyr Zelensky	supports	european-troops-in-ukraine	
        "#]],
    );
}

#[test]
fn not_being_content_without_an_outcome_is_wanting_it() {
    check(
        "Trump had said he would not be happy to come away without a ceasefire.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
        "#]],
    );
    check(
        "Trump said he wouldn't be happy unless a ceasefire came out of the meeting.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
        "#]],
    );
}

#[test]
fn an_offer_to_host_a_meeting_proposes_it() {
    check(
        "Turkey would be pleased to host a trilateral meeting.",
        expect![[r#"
            Turkey	proposes	trilateral-summit	
        "#]],
    );
    check(
        "Trump wants a meeting between Putin and Zelensky. Turkey has offered to host.",
        expect![[r#"
            Donald Trump	supports	bilateral-summit	
        "#]],
    );
}

#[test]
fn a_judged_narrower_proposal_is_kept_and_what_it_is_called_is_no_object() {
    check(
        "Lavrov said Article 5-style guarantees were unrealistic.",
        expect![[r#"
            Sergey Lavrov	opposes	article5-guarantee	
        "#]],
    );
    check(
        "Article 5-style guarantees were not a realistic outcome of any negotiation, Lavrov \
         said, calling them NATO membership by another name.",
        expect![[r#"
            Sergey Lavrov	opposes	article5-guarantee	
        "#]],
    );
}

#[test]
fn a_promise_that_a_proposal_will_be_strong_backs_it() {
    check(
        "Donald Trump said the talks had gone very well. The guarantees for Ukraine would be \
         very strong, he said.",
        expect![[r#"
            Donald Trump	supports	security-guarantees	
        "#]],
    );
    check("Trump said Russia would be strong.", expect![[r#""#]]);
}

#[test]
fn it_after_a_document_noun_is_the_document() {
    check(
        "The 28-point plan was drafted by US envoy Steve Witkoff. Ukraine studied it. The plan \
         grants a full amnesty, and it calls for elections in Ukraine within 100 days.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	proposes	new:ukraine-elections	
        "#]],
    );
    check(
        "Washington drafted a 28-point plan. Putin said Russia had received the text and that \
         it could serve as the basis of a final settlement.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Vladimir Putin	supports	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_document_that_promises_freezes_or_invites_sets_out_provisions() {
    check(
        "The 28-point plan was drafted by US envoy Steve Witkoff. In Kherson, the plan freezes \
         the front where it stands. The text promises Ukraine reliable security guarantees.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            United States	proposes	freeze-frontline	
            United States	proposes	security-guarantees	
        "#]],
    );
}

#[test]
fn a_subordinate_clause_with_a_proposal_as_subject_ends_the_cues_reach() {
    check(
        "Warsaw rules out sending Polish soldiers to Ukraine as US peace plan is rewritten",
        expect![[r#"
            Poland	opposes	european-troops-in-ukraine	
            United States	proposes	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn readiness_to_weigh_something_considers_it() {
    check(
        "Washington drafted a 28-point plan. The Kremlin was ready to study the new version.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Russia	considers	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn a_great_success_backs_it_and_an_initiative_is_a_document() {
    check(
        "Nawrocki said a ceasefire before winter would be a great success for everyone.",
        expect![[r#"
            Poland	supports	ceasefire	
        "#]],
    );
    check(
        "Washington drafted a 28-point plan. Nawrocki backed the American initiative as a basis \
         for talks.",
        expect![[r#"
            United States	proposes	new:us-28-point-peace-plan	
            Poland	supports	new:us-28-point-peace-plan	
        "#]],
    );
}

#[test]
fn meeting_a_leader_is_the_meeting_of_both_states() {
    check(
        "Zelensky said he was still ready to meet Russian President Vladimir Putin face to face.",
        expect![[r#"
            Volodymyr Zelensky	supports	bilateral-summit	
        "#]],
    );
    check(
        "Zelensky said Ukraine was ready for a meeting with Mr. Putin in any format.",
        expect![[r#"
            Volodymyr Zelensky	supports	bilateral-summit	
        "#]],
    );
    // No meeting of Ukraine and Germany is a proposal of the ontology.
    check("Zelensky is ready to meet Merz.", expect![[r#""#]]);
}

#[test]
fn excluding_rules_out_and_a_meeting_with_a_leader_is_their_meeting() {
    check(
        "Putin excluded a ceasefire.",
        expect![[r#"
        Vladimir Putin	opposes	ceasefire	
    "#]],
    );
    check(
        "Putin has never excluded a meeting with Zelensky.",
        expect![[r#"
        Vladimir Putin	considers	bilateral-summit	
    "#]],
    );
}

#[test]
fn disclosing_reports_what_another_party_wants() {
    check(
        "Zelensky disclosed that the US side wants Ukrainian forces to leave the part of Donetsk \
         they hold.",
        expect![[r#"
            United States	supports	territorial-concession	
        "#]],
    );
}

#[test]
fn a_bullet_of_positions_joined_by_semicolons_reads_each_item() {
    check(
        "Where the parties stand:\n\
         • Russia: the whole of Donetsk and Luhansk; no European troops in Ukraine; a ban on \
         Ukraine's NATO membership written into law.\n\
         • Germany: an immediate ceasefire.",
        expect![[r#"
            Russia	supports	territorial-concession	
            Russia	opposes	european-troops-in-ukraine	
            Russia	opposes	nato-membership	
            Germany	proposes	ceasefire	
        "#]],
    );
}

#[test]
fn meeting_putin_is_the_meeting_of_the_holders_state() {
    // From a US leader, "meet Putin" is the US–Russia summit, not the Putin–Zelensky meeting.
    check(
        "Trump said he was ready to meet Putin.",
        expect![[r#"
            Donald Trump	supports	new:trump-putin-budapest-summit	
        "#]],
    );
    // A format the holder's state takes part in stays.
    check(
        "Zelensky said he was ready to meet Putin in a bilateral or trilateral format.",
        expect![[r#"
            Volodymyr Zelensky	supports	bilateral-summit	
            Volodymyr Zelensky	supports	trilateral-summit	
        "#]],
    );
    // A minister meets for no summit of states.
    check("Rubio said he was ready to meet Lavrov.", expect![[r#""#]]);
}

#[test]
fn a_negated_belief_negates_the_judgement_it_reports() {
    check(
        "Trump said he did not believe a ceasefire was needed before a broader agreement.",
        expect![[r#"
            Donald Trump	opposes	ceasefire	
        "#]],
    );
    check(
        "Trump said he believed a ceasefire was needed.",
        expect![[r#"
            Donald Trump	supports	ceasefire	
        "#]],
    );
}

#[test]
fn a_negation_inside_a_rule_match_names_the_proposals_absence() {
    check(
        "Ishiba said any settlement must respect the principle that borders cannot be changed by force.",
        expect![[r#"
            Shigeru Ishiba	opposes	territorial-concession	
        "#]],
    );
    // The negation of a modal cue inside the match negates the stance once, not twice.
    check(
        "Ishiba said borders must not be changed by force.",
        expect![[r#"
            Shigeru Ishiba	opposes	territorial-concession	
        "#]],
    );
}

#[test]
fn an_open_question_as_object_takes_no_side() {
    check(
        "Kyiv, Moscow and Washington cannot even agree on whether a ceasefire should come first.",
        expect![[r#""#]],
    );
    check(
        "Kyiv agreed on a ceasefire.",
        expect![[r#"
        Ukraine	supports	ceasefire	
    "#]],
    );
}

#[test]
fn what_an_object_is_part_of_frames_it_and_a_reduced_passive_has_no_agent() {
    check(
        "Canada does not rule out sending Canadian troops to Ukraine as part of the security guarantees being drawn up.",
        expect![[r#"
            Canada	considers	european-troops-in-ukraine	
        "#]],
    );
    check(
        "France is ready to send troops as part of security guarantees.",
        expect![[r#"
            France	proposes	european-troops-in-ukraine	
        "#]],
    );
    check(
        "Carney says Canada does not rule out sending troops as part of the security guarantees being drawn up by Kyiv’s allies.",
        expect![[r#"
            Mark Carney	considers	european-troops-in-ukraine	
        "#]],
    );
    // A progressive passive keeps its agent.
    check(
        "The guarantees are being drawn up by France.",
        expect![[r#"
            France	proposes	security-guarantees	
        "#]],
    );
}

#[test]
fn hardly_negates() {
    check(
        "Peskov said a three-way meeting was hardly possible in the near future.",
        expect![[r#"
            Russia	opposes	trilateral-summit	
        "#]],
    );
}

#[test]
fn help_from_the_air_is_air_support() {
    check(
        "Mr Trump has ruled out sending American ground troops, but has said the US could help from the air.",
        expect![[r#"
            Donald Trump	opposes	us-troops-in-ukraine	
            Donald Trump	proposes	air-support	
        "#]],
    );
}
