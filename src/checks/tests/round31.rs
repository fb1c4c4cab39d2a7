//! Round 31: the blind English articles b46 and b47 (wire copy, Q&A explainer, newsletter,
//! earnings-call recap, magazine feature, student explainer) and b40/b41's last misses. Each
//! class with sentences the lead wrote for it, of both kinds.

use super::*;

/// b40/b46: a figure the sentence closes by crediting to the companies ("…, up to $38 billion,
/// the companies said in their posts"): the posts gave no cap or percentage, so the figure is
/// stated as one they disclosed. One credited to a report stays unjudged.
#[test]
fn a_revenue_share_figure_credited_to_the_companies_after_a_comma_is_disclosed() {
    contradicts(
        "E5",
        "OpenAI keeps paying Microsoft a capped share through 2030, up to $38 billion in all, the companies said.",
        "revenue-share-figures",
        "disclosed",
    );
    contradicts(
        "E5",
        "The cap is set at $38 billion, Microsoft and OpenAI said on Monday.",
        "revenue-share-figures",
        "",
    );
    silent("E5", "The cap is $38 billion, The Information reported, citing people familiar with the deal.");
    silent(
        "E5",
        "The revenue share continues through 2030 and is capped, the companies said; analysts put the cap at $38 billion.",
    );
}

/// b40/b46/b47: the 2023 investment's reported $10 billion made official by the companies' posts
/// ("that both of their blog posts put at $10 billion", "the $10 billion investment, as both
/// companies' posts spelled it out", "and that was the official number both companies announced
/// for the third phase"). Neither company disclosed it. Credited to a paper, it stays unjudged.
#[test]
fn the_third_phases_figure_credited_to_the_companies_posts_is_disclosed() {
    contradicts(
        "E5",
        "In January 2023 came a multibillion dollar investment that both companies' blog posts put at $10 billion.",
        "investment-disclosed",
        "disclosed",
    );
    contradicts(
        "E5",
        "In 2023 Microsoft made the $10 billion investment, as the companies said.",
        "investment-disclosed",
        "disclosed",
    );
    contradicts(
        "C2",
        "In 2023 Microsoft put in another $10 billion, and that was the official number both companies announced for the third phase.",
        "investment-disclosed",
        "disclosed",
    );
    // E1's $1 billion was disclosed.
    agrees("E5", "In 2019 Microsoft invested $1 billion, as both companies announced.", "investment-disclosed");
    silent("E5", "Microsoft put in $10 billion in 2023, as Semafor reported at the time.");
    // A figure made official for something else (the stake's value is official) is not the
    // investment's.
    silent("E5", "Microsoft's stake is worth $135 billion, and that is the official figure both companies announced.");
}

/// b41: "Analysts … estimate that the revenue share Microsoft now pays OpenAI … will add up to
/// $38 billion": the payment named inside a definite noun phrase is taken as given, and the
/// estimate's doubt is about the total, not the payment's direction.
#[test]
fn a_payment_named_inside_a_noun_phrase_is_not_hedged_by_the_sentences_estimate() {
    contradicts(
        "E5",
        "Analysts estimate that the revenue share Microsoft now pays OpenAI will add up to about $38 billion.",
        "revenue-flow",
        "",
    );
    // A doubt inside the noun phrase still hedges it; a payment asserted under "estimate" too.
    silent("E5", "The revenue share Microsoft might pay OpenAI is unclear.");
    silent("E5", "Analysts estimate that Microsoft now pays OpenAI a share of revenue.");
    // The right direction, named the same way, agrees.
    silent("E5", "Analysts estimate that the revenue share OpenAI pays Microsoft will add up to about $38 billion.");
}

/// b47's false alarm: "In late February, …, the two companies issued a joint statement …:
/// Azure remained …, and Microsoft maintained its exclusive license." A month's part ("late",
/// "early", "mid") between "in" and the month still dates the sentence.
#[test]
fn a_part_of_a_month_dates_the_sentence_it_opens() {
    silent(
        "E5",
        "In late February, the companies said Azure stayed exclusive for stateless APIs, and Microsoft maintained its exclusive license.",
    );
    silent("E5", "In late February, Microsoft maintained its exclusive license.");
    agrees("E5", "In early February, OpenAI's stateless APIs stayed exclusive to Azure.", "api-exclusivity");
    // Undated, at the amendment's stage, the exclusive licence is wrong.
    contradicts("E5", "Microsoft maintains its exclusive license.", "licence-exclusivity", "exclusive");
}

/// b46's false alarm: a newsletter's correction quotes the error it retracts ("Corrections from
/// last week: I wrote that Microsoft still sends OpenAI a cut …").
#[test]
fn a_correction_quotes_the_error_it_retracts() {
    silent(
        "E5",
        "Corrections from last week: I wrote that Microsoft still sends OpenAI a cut of its Azure OpenAI sales.",
    );
    silent("E5", "An earlier version of this story said Microsoft still pays OpenAI a revenue share.");
    silent("E5", "We said last week that Microsoft still pays OpenAI a share of revenue; it does not.");
    contradicts("E5", "Microsoft still sends OpenAI a cut of its Azure OpenAI sales.", "revenue-flow", "");
}

/// b46: "October also freed OpenAI to put its API on whichever cloud it wanted" (an article of
/// July 2026): a month opening the clause as its subject dates it (October 2025, when API
/// exclusivity held), and "whichever cloud" is any cloud.
#[test]
fn a_month_as_the_clauses_subject_dates_it_and_whichever_cloud_is_any_cloud() {
    contradicts(
        "E5",
        "October also freed OpenAI to put its API on whichever cloud it wanted.",
        "api-exclusivity",
        "not exclusive",
    );
    agrees("E5", "April freed OpenAI to sell its API on whichever cloud it wants.", "api-exclusivity");
    agrees("E5", "OpenAI can now sell its API on whichever cloud it wants.", "api-exclusivity");
    // "whichever cloud" about other products, with the API kept on Azure, is no API on any cloud.
    agrees("E4", "OpenAI's API must stay on Azure, whichever cloud its consumer apps use.", "api-exclusivity");
}

/// b46: "that $135 billion is roughly what Microsoft has poured into OpenAI": the stake's value
/// equated with the money put in.
#[test]
fn the_stakes_value_equated_with_what_was_poured_in_is_money_invested() {
    contradicts(
        "E4",
        "That $135 billion is roughly what Microsoft has poured into OpenAI since 2019.",
        "what-135-billion-is",
        "money invested",
    );
    contradicts(
        "E4",
        "The $135 billion is about how much Microsoft has invested.",
        "what-135-billion-is",
        "money invested",
    );
    silent("E4", "That $135 billion is far more than what Microsoft has poured into OpenAI since 2019.");
    agrees("E4", "Microsoft's stake is worth about $135 billion.", "what-135-billion-is");
}

/// b46: "Monday's amendment leaves that carve-out for stateless APIs in place": the February
/// carve-out said to survive the amendment, which opened every product to any cloud.
#[test]
fn a_stateless_carve_out_kept_in_place_is_api_exclusivity() {
    contradicts(
        "E5",
        "The amendment leaves the carve-out for stateless APIs in place.",
        "api-exclusivity",
        "exclusive",
    );
    contradicts("E5", "The carve-out for stateless APIs remains in place.", "api-exclusivity", "exclusive");
    agrees("C2", "The joint statement leaves the carve-out for stateless APIs in place.", "api-exclusivity");
    silent("E5", "The carve-out for stateless APIs no longer stays in place.");
}

/// b47: "The day that panel signs off, Microsoft's rights to the models simply fall away": the
/// expert panel's verification named for AGI ends the licence (it runs through 2032).
#[test]
fn the_licence_ending_when_the_panel_signs_off_ends_at_agi() {
    contradicts(
        "E4",
        "The day that panel signs off, Microsoft's rights to the models simply fall away.",
        "licence-until",
        "until AGI",
    );
    contradicts("E4", "Once the expert panel verifies it, Microsoft's licence ends.", "licence-until", "until AGI");
    // Exclusivity falling away at the panel's word is the term; the licence runs on.
    silent("E4", "Once the panel signs off, Microsoft's exclusivity falls away, but its licence runs through 2032.");
}

/// b47: "By early 2024, as OpenAI's hunger for compute outran what any single provider could
/// build, exclusivity had given way to … a right of first refusal": a time or cause clause after
/// a short opening time frames the main clause, which the opening time dates; the frame's
/// modal ("could") is its own, no doubt of the claim.
#[test]
fn a_cause_clause_after_an_opening_year_frames_the_clause_it_dates() {
    contradicts(
        "E5",
        "By early 2024, as OpenAI's hunger for compute outran what any single provider could build, exclusivity had given way to something softer, a right of first refusal on new capacity.",
        "exclusivity-end-date",
        "",
    );
    contradicts(
        "E5",
        "By early 2024, exclusivity had given way to something softer, a right of first refusal.",
        "exclusivity-end-date",
        "",
    );
    agrees(
        "E5",
        "By January 2025, as demand outran what Azure could build, exclusivity had given way to a right of first refusal.",
        "exclusivity-end-date",
    );
    agrees(
        "E5",
        "In 2023, as ChatGPT took off and rivals scrambled to catch up, Microsoft extended its exclusive cloud deal.",
        "cloud-exclusivity",
    );
    // A doubt the frame puts on the claim still counts: only its modal is its own.
    silent(
        "E5",
        "By early 2024, as some analysts suspect without much evidence, exclusivity had given way to a right of first refusal.",
    );
}

/// b47: "a memorandum of understanding, binding on both sides, that set out …": an aside that
/// opens with "binding" describes the noun before it.
#[test]
fn an_aside_opening_with_binding_describes_the_memorandum() {
    contradicts(
        "E5",
        "Then came September 2025 and a memorandum of understanding, binding on both sides, that set out the terms.",
        "mou-binding",
        "binding",
    );
    contradicts(
        "E3",
        "The memorandum of understanding, binding on both parties, was signed today.",
        "mou-binding",
        "binding",
    );
    silent("E3", "The memorandum of understanding, binding on neither side, sets out no commercial terms.");
}

/// b44: "OpenAI has to launch on Azure unless Microsoft decides it doesn't want the business":
/// Microsoft's wish alone as the exception (the term needs "cannot and chooses not to").
#[test]
fn microsoft_deciding_it_does_not_want_it_is_choosing_not_to() {
    contradicts(
        "E5",
        "OpenAI has to launch on Azure unless Microsoft decides it doesn't want the business.",
        "azure-first-exception",
        "chooses not to",
    );
    contradicts(
        "E5",
        "New OpenAI products go to Azure first unless Microsoft says it won't host them.",
        "azure-first-exception",
        "chooses not to",
    );
    silent("E5", "OpenAI products ship first on Azure unless Microsoft cannot and chooses not to support them.");
}

/// b44: "every such product, whether or not it is an API product, must be served exclusively on
/// Azure": products built with third parties held to Azure API or not (non-API ones may run on
/// any cloud).
#[test]
fn third_party_products_held_to_azure_api_or_not_contradict_the_non_api_term() {
    contradicts(
        "E4",
        "Products OpenAI builds with third parties must run exclusively on Azure, whether or not they are API products.",
        "third-party-non-api",
        "Azure only",
    );
    agrees(
        "E4",
        "API products OpenAI develops with third parties are exclusive to Azure; non-API products can run on any cloud.",
        "third-party-api",
    );
    silent(
        "E4",
        "Products OpenAI builds with third parties must run exclusively on Azure only if they are API products.",
    );
}

/// b44: "Access to OpenAI's research … follows the same 2032 timetable": the other rights' year
/// borrowed for the research IP, which ends at AGI's verification or in 2030.
#[test]
fn research_ip_following_the_same_year_timetable_ends_that_year() {
    contradicts(
        "E4",
        "Access to OpenAI's research — defined as its confidential methods — follows the same 2032 timetable.",
        "research-ip-until",
        "2032",
    );
    silent(
        "E4",
        "Microsoft's research IP rights run until 2030 or until the expert panel verifies AGI, whichever comes first.",
    );
}

/// b44: "The amendment fixes it at 20 percent with a total cap of $38 billion, according to the
/// companies' own disclosures, payable …": a source that is the companies themselves, after the
/// figure, is read by the claim that spells it (the matches used to stop at ", according to").
/// Between a short subject and its verb the aside still only frames the clause.
#[test]
fn a_figure_according_to_the_companies_own_disclosures_is_disclosed() {
    contradicts(
        "E5",
        "The amendment fixes it at 20 percent with a total cap of $38 billion, according to the companies' own disclosures, payable by OpenAI through 2030.",
        "revenue-share-figures",
        "disclosed",
    );
    contradicts(
        "E5",
        "The cap is $38 billion, according to the companies' own disclosures.",
        "revenue-share-figures",
        "disclosed",
    );
    silent("E5", "The cap is $38 billion, according to The Information.");
    contradicts(
        "E3",
        "The memorandum, according to both companies, set Microsoft's stake at 27 percent.",
        "mou-terms",
        "",
    );
}
