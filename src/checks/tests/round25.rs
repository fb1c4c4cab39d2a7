//! Round 25: the blind batches own25/b25 and own26/b26 (written by helpers who saw neither the
//! rules nor the other sets' sentences), their false alarms and the classes of their misses, each
//! with sentences the lead wrote for the class, of both kinds.

use super::*;

/// own22's miss: ", now extended only to 2030," says something of the licence before it; it was
/// cut as a frame of the clause, and the licence's end went unread.
#[test]
fn an_adverb_and_participle_aside_describes_the_subject_before_it() {
    contradicts(
        "E5",
        "Microsoft's licence to OpenAI technology, now extended only to 2030, also becomes non-exclusive.",
        "licence-until",
        "2030",
    );
    agrees(
        "E5",
        "Microsoft's licence to OpenAI technology, now extended through 2032, also becomes non-exclusive.",
        "licence-until",
    );
    // A bare participle still dates the term it names ("introduced in the October 2025 deal").
    contradicts(
        "E4",
        "Microsoft's right of first refusal, introduced in the October 2025 deal, lets it match any rival cloud offer for OpenAI's compute.",
        "rofr",
        "",
    );
}

/// "Under the 2023 deal, Microsoft had an exclusive licence": the definitive agreement says
/// Microsoft "continues to have exclusive IP rights", so the exclusivity held before it too
/// (`continues` in terms.toml); a sentence dating it earlier is no anachronism.
#[test]
fn a_term_that_continues_is_no_anachronism_when_dated_earlier() {
    silent("E5", "Under the 2023 deal, Microsoft had an exclusive licence to OpenAI's models.");
    silent("E5", "Microsoft's exclusive licence to OpenAI's IP dates back to the 2019 deal.");
    // What the memorandum is said to have set still contradicts: it disclosed no terms.
    contradicts(
        "E5",
        "The September memorandum made Microsoft's licence exclusive until AGI.",
        "exclusivity-until",
        "",
    );
}

/// b25's false alarm: "That same statement said Azure remained the exclusive cloud provider of
/// stateless OpenAI APIs — a position Monday's amendment has now abandoned." A closing comment
/// after a dash names the amendment as what changed the position, not as the sentence's stage.
#[test]
fn an_event_named_in_a_closing_dash_comment_is_not_the_sentence_stage() {
    silent(
        "E5",
        "That same statement said Azure remained the exclusive cloud provider of stateless OpenAI APIs — a position Monday's amendment has now abandoned.",
    );
    contradicts(
        "E5",
        "Azure remains the exclusive cloud provider of stateless OpenAI APIs — a position few expected to survive.",
        "api-exclusivity",
        "exclusive",
    );
}

/// b25's false alarm: "In January 2023 came …, with Azure remaining the exclusive cloud for all
/// OpenAI workloads": an absolute "with" clause speaks of its sentence's time.
#[test]
fn an_absolute_with_clause_speaks_of_the_sentence_time() {
    silent(
        "E5",
        "In January 2023 came what the companies called a multiyear, multibillion dollar investment, with Azure remaining the exclusive cloud for all OpenAI workloads across research, API and products.",
    );
    contradicts(
        "E5",
        "OpenAI keeps growing, with Azure remaining the exclusive cloud for all OpenAI workloads.",
        "cloud-exclusivity",
        "exclusive",
    );
}

/// b26's false alarm: "It kept … exclusivity in place until AGI, extended the IP rights through
/// 2032 and …": a past verb with its object after a comma is the next predicate of a series, and
/// 2032 is the IP rights' end, not the exclusivity's; ", provided the work runs on Azure" is a
/// condition, not a predicate.
#[test]
fn a_series_of_past_predicates_splits_at_each_comma() {
    silent(
        "E4",
        "It kept Microsoft's exclusive IP rights and Azure API exclusivity in place until AGI, extended the IP rights through 2032 and put an independent expert panel in charge of verifying any AGI declaration.",
    );
    contradicts(
        "E4",
        "It kept Microsoft's exclusive IP rights in place until 2032, extended the revenue share and put a panel in charge.",
        "exclusivity-until",
        "",
    );
    contradicts(
        "E4",
        "OpenAI can now provide API access to US government national security customers, provided the work runs on Azure.",
        "national-security",
        "",
    );
}

/// own25's miss: "It is a long way from 2019, when Microsoft's $10 billion opening bet made Azure
/// the lab's only cloud": a closing time clause after a year says what happened that year; one
/// after a year a term runs until ("until 2030, when the capped payments end") is no event.
#[test]
fn a_closing_when_clause_after_a_year_is_read_at_that_year() {
    contradicts(
        "E5",
        "It is a long way from 2019, when Microsoft's $10 billion opening bet made Azure the lab's only cloud.",
        "investment-2019",
        "$10 billion",
    );
    silent("E5", "Things were simpler back in 2019, when Azure became OpenAI's exclusive cloud.");
    silent(
        "E5",
        "In practice, money now flows one way only: OpenAI pays, Microsoft collects — until 2030, when the capped payments end.",
    );
    contradicts(
        "E2",
        "The relationship dates back to 2021, when Microsoft wrote its first cheque to the lab — $1bn — and moved its training onto Azure.",
        "first-investment-date",
        "",
    );
}

/// own25's miss: a "one-year, multibillion-dollar investment" (the official is multiyear).
#[test]
fn a_one_year_investment_contradicts_the_multiyear_one() {
    contradicts(
        "E2",
        "Microsoft deepens OpenAI bet with one-year, multibillion-dollar investment",
        "investment-span",
        "one-time",
    );
    agrees("E2", "Microsoft deepens OpenAI bet with multiyear, multibillion-dollar investment", "investment-span");
}

/// own25's and b25's misses: the right of first refusal given to OpenAI, in three forms.
#[test]
fn a_right_of_first_refusal_held_by_openai_contradicts() {
    for s in [
        "Under the new arrangement it is OpenAI that gets first refusal.",
        "Microsoft must offer the start-up any new data-centre capacity it builds before selling it to others.",
        "In January 2025, Azure's exclusivity was replaced by a right of first refusal that let OpenAI claim any new capacity Microsoft built.",
    ] {
        contradicts("C1", s, "rofr-holder", "OpenAI holds it");
    }
    silent("C1", "Microsoft gets first refusal on any new capacity OpenAI needs.");
    silent("C1", "OpenAI must offer Microsoft any new capacity deal before signing with a rival.");
}

/// own25's miss: the plan "would turn the company into a nonprofit" (the nonprofit keeps control
/// of a public benefit corporation; OpenAI does not become one).
#[test]
fn turning_the_company_into_a_nonprofit_contradicts_nonprofit_control() {
    contradicts(
        "E3",
        "OpenAI's plan would turn the company into a nonprofit.",
        "nonprofit-control",
        "OpenAI becomes a nonprofit",
    );
    silent(
        "E3",
        "The plan would turn the company's for-profit arm into a public benefit corporation the nonprofit controls.",
    );
}

/// own25's miss: "worth more than $10 billion" for "more than $100 billion": two lower bounds
/// agree only when near.
#[test]
fn a_lower_bound_far_below_the_official_one_contradicts_it() {
    contradicts(
        "E3",
        "OpenAI said the nonprofit's equity stake in the PBC would be worth more than $10 billion.",
        "nonprofit-stake",
        "",
    );
    agrees(
        "E3",
        "OpenAI said the nonprofit's equity stake in the PBC would be worth more than $100 billion.",
        "nonprofit-stake",
    );
}

/// own25's misses: "Azure lost its exclusivity over OpenAI's consumer products" (in January
/// 2023, when it stayed exclusive for all workloads), and the payments "from OpenAI to
/// Microsoft, which now run until 2032" (the relative clause's antecedent is "payments").
#[test]
fn lost_exclusivity_and_a_relative_clause_after_a_chain_of_phrases() {
    contradicts(
        "E4",
        "When the partnership was extended in January 2023, Azure lost its exclusivity over OpenAI's consumer products.",
        "cloud-exclusivity",
        "not exclusive",
    );
    contradicts(
        "E5",
        "The payments from OpenAI to Microsoft, which now run until 2032, are capped at a total.",
        "revenue-share-until",
        "2032",
    );
    agrees(
        "E5",
        "The payments from OpenAI to Microsoft, which now run through 2030, are capped at a total.",
        "revenue-share-until",
    );
}

/// own25's miss: ", including API products," was cut as a frame; it is what the clause claims.
#[test]
fn an_including_aside_is_part_of_the_claim() {
    contradicts(
        "E4",
        "Products that OpenAI develops jointly with third parties can be served from any cloud, including API products, the companies said.",
        "third-party-api",
        "",
    );
    silent(
        "E4",
        "Products that OpenAI develops jointly with third parties, including API products, must run on Azure.",
    );
}

/// b26's miss: research IP that ends "when the panel verifies AGI or in 2028, whichever comes
/// first" (officially 2030).
#[test]
fn research_ip_ending_at_agi_or_in_a_year() {
    contradicts(
        "C2",
        "Rights to OpenAI's research methods end when the expert panel verifies AGI or in 2028, whichever comes first.",
        "research-ip-until",
        "2028",
    );
    agrees(
        "C2",
        "Microsoft's rights to OpenAI's research methods end when the expert panel verifies AGI or in 2030, whichever comes first.",
        "research-ip-until",
    );
}
