//! Round 28: the blind batches own32-en and b31 (English), written by helpers who saw neither
//! the rules nor the other sets' sentences. Their false alarm and the classes of their misses,
//! each with sentences the lead wrote for the class, of both kinds.

use super::*;

/// b31's false alarm: "In February, … the two companies went out of their way to say nothing had
/// changed: …, and Microsoft maintained its exclusive licence" read the last clause at the
/// article's stage (April 2026, non-exclusive). A time opening the sentence dates the clauses
/// "and" joins to it.
#[test]
fn a_time_opening_a_sentence_dates_the_clause_and_joins_to_it() {
    silent(
        "E5",
        "In February, after OpenAI's deal with Amazon, the two companies went out of their way to say nothing had changed: Azure remained the exclusive cloud provider of stateless OpenAI APIs, and Microsoft maintained its exclusive licence.",
    );
    silent("E5", "In February, the companies met in Redmond, and Microsoft kept its exclusive licence.");
    // No opening time: the clause speaks of the article's stage.
    contradicts(
        "E5",
        "The companies meet in Redmond, and Microsoft keeps its exclusive licence.",
        "licence-exclusivity",
        "",
    );
    // The opening time is a stage with other terms: judged there.
    contradicts(
        "E5",
        "In October, the companies signed the definitive agreement, and Microsoft's licence ran only through 2030.",
        "licence-until",
        "",
    );
}

/// own32's misses on the scope of Azure's exclusivity in 2023: only research tied to Azure, the
/// API free to be hosted "elsewhere".
#[test]
fn only_research_on_azure_and_an_api_hosted_elsewhere_in_2023() {
    contradicts(
        "E2",
        "Under the new terms only OpenAI's research is tied to Azure.",
        "cloud-exclusivity",
        "not exclusive",
    );
    contradicts(
        "E2",
        "Azure remains the exclusive cloud only for OpenAI's training workloads.",
        "cloud-exclusivity",
        "",
    );
    contradicts("E2", "OpenAI's API and ChatGPT may be hosted elsewhere, the companies said.", "api-exclusivity", "");
    agrees("E2", "Azure remains the exclusive cloud provider for all of OpenAI's workloads.", "cloud-exclusivity");
    // At the amendment, the API may go anywhere: right.
    agrees("E5", "OpenAI's API may now be hosted elsewhere.", "api-exclusivity");
}

/// own32's miss: "Microsoft put a number on the third phase: $10 billion" says the sum was
/// disclosed; it was not. Declining to put a number on it is the term, stated right.
#[test]
fn putting_a_number_on_the_investment_discloses_it() {
    contradicts(
        "E2",
        "In its announcement, Microsoft put a figure on the investment for the first time: $10 billion.",
        "investment-disclosed",
        "disclosed",
    );
    contradicts("E2", "OpenAI put a price tag on the extension, $10 billion.", "investment-disclosed", "");
    let r = read("E2", "Microsoft declined to put a figure on it: analysts guessed $10 billion.");
    assert!(r.iter().all(|(c, _, _)| c != "investment-disclosed"), "{r:?}");
}

/// own32's miss: one of the three joint areas struck off ("AI for cybersecurity is no longer
/// among the shared projects"), after an attribution between commas that used to glue the
/// contrast to the clause before it.
#[test]
fn one_joint_area_struck_off_after_an_attribution() {
    contradicts(
        "E5",
        "Joint work will continue on datacenters and chips, the companies said, though AI for cybersecurity is no longer among the shared projects.",
        "joint-work",
        "ended",
    );
    contradicts("E5", "Silicon was dropped from the joint work, Microsoft said.", "joint-work", "ended");
    agrees("E5", "Cybersecurity remains part of the joint work, the companies said.", "joint-work");
    // The attribution still frames the clause it closes.
    let r = read("E5", "Joint work will continue on datacenters, the companies said, but the cap is new.");
    assert!(r.iter().any(|(c, v, _)| c == "joint-work" && *v == "agrees"), "{r:?}");
}

/// own32's miss: "only as far as 2030" is an end.
#[test]
fn as_far_as_a_year_is_an_end() {
    contradicts(
        "E5",
        "The October 2025 agreement then extended Microsoft's IP rights only as far as 2030.",
        "licence-until",
        "2030",
    );
    agrees("E5", "Microsoft's IP rights now run as far as 2032.", "licence-until");
}

/// b31's misses: the scope of Azure's API exclusivity in February 2026 (stateless APIs, not all
/// of them, not the stateful ones), and "free to take any of its products to rival clouds" under
/// the October terms (only non-API products could go).
#[test]
fn which_apis_azure_keeps_and_any_product_to_rival_clouds() {
    contradicts("C2", "Azure keeps exclusive rights to all of OpenAI's APIs, the statement said.", "api-scope", "all");
    contradicts("C2", "Stateful APIs stay exclusive to Azure.", "api-scope", "stateful");
    agrees("C2", "Azure remains the exclusive cloud provider of stateless OpenAI APIs.", "api-scope");
    // "remains": the October terms had that scope too, no misdated fact.
    silent(
        "C2",
        "Azure remains the exclusive cloud provider of stateless OpenAI APIs, the statement said, and nothing changes the October terms.",
    );
    contradicts(
        "C2",
        "Since October OpenAI has been free to take any of its products to rival clouds.",
        "cloud-scope",
        "all products",
    );
}

/// b31's misses on January 2025: a right of first refusal added "on top of" exclusivity (it
/// replaced it); giving exclusivity up "in exchange for" the right states the change right.
#[test]
fn a_right_of_first_refusal_on_top_of_exclusivity() {
    contradicts(
        "E4",
        "In January 2025 Microsoft added a right of first refusal on new capacity on top of its exclusivity.",
        "rofr-exclusivity",
        "exclusivity",
    );
    agrees(
        "E4",
        "In January 2025 Microsoft gave up exclusivity in exchange for a right of first refusal.",
        "rofr-exclusivity",
    );
    contradicts(
        "E4",
        "In January 2024 Microsoft gave up exclusivity in exchange for a right of first refusal.",
        "exclusivity-end-date",
        "",
    );
}

/// b31's miss: "Microsoft's rights to models and products" is the licence with no determiner
/// before "models".
#[test]
fn rights_to_models_and_products_are_the_licence() {
    contradicts(
        "E4",
        "Microsoft's rights to models and products, meanwhile, have been extended through 2030.",
        "licence-until",
        "2030",
    );
    agrees("E4", "Microsoft's rights to models and products now run through 2032.", "licence-until");
}

/// b31's miss, in part: "OpenAI still licenses Microsoft's IP" names the licensee as subject with
/// an adverb before the verb. (With "just without exclusivity" after it, the negation still
/// keeps the direction unread: listed by the queue.)
#[test]
fn a_licensee_that_still_licenses_the_others_ip() {
    contradicts("E5", "OpenAI still licenses Microsoft's IP through 2032.", "licence-direction", "");
    agrees("E5", "Microsoft still licenses OpenAI's IP through 2032.", "licence-direction");
}
