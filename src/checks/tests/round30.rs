//! Round 30: the blind English articles b40 and b41, written by helpers who saw neither the
//! rules nor the other sets' sentences, and b36's headline. Their false alarms and the classes of
//! their misses, each with sentences the lead wrote for the class, of both kinds.

use super::*;

/// b36's headline: "… payday gets a ceiling — and six more years to run". A count of years still
/// to come with no lead word ("six more years to run", "four years left") ends a period counted
/// from the article's stage.
#[test]
fn years_still_to_run_end_a_period_from_the_stage() {
    contradicts(
        "E5",
        "Microsoft's revenue share from OpenAI has six more years to run.",
        "revenue-share-until",
        "about 2032",
    );
    agrees("E5", "The revenue share has four years left.", "revenue-share-until");
    agrees("E5", "Microsoft's licence to OpenAI's models has six years left to run.", "licence-until");
    agrees("E5", "The revenue-share payments have four more years to go.", "revenue-share-until");
    // A count with no "left", "to run" or "to go" ends nothing.
    silent("E5", "The revenue share took six more years to negotiate.");
}

/// b36's headline: "Microsoft's OpenAI payday gets a ceiling — and six more years to run". A dash
/// or comma before "and" with a second object of the clause's verb (a count or an article, no
/// verb, no party) does not cut the object from its verb; a payday is a payment.
#[test]
fn an_object_after_a_dash_and_and_stays_with_its_verb() {
    contradicts(
        "E5",
        "Microsoft's OpenAI payday gets a ceiling — and six more years to run",
        "revenue-share-until",
        "about 2032",
    );
    contradicts("E5", "The revenue share gets a cap, and six more years to run.", "revenue-share-until", "about 2032");
    agrees("E5", "Microsoft's OpenAI payday is capped.", "revenue-share-cap");
    // A clause with a verb of its own after "— and" is still cut off: the licence's year is not
    // the revenue share's.
    let r = read("E5", "The revenue share gets a cap — and the licence runs to 2034.");
    assert!(r.iter().all(|(c, _, _)| c != "revenue-share-until"), "{r:?}");
}

/// b40's false alarm: "Microsoft, meanwhile, no longer pays a revenue share to OpenAI, which
/// tidies the margin …" read the relative clause's antecedent, unnegated, as a payment to
/// OpenAI. A claim read wholly inside a borrowed antecedent was read in the clause it came from.
#[test]
fn a_claim_wholly_in_a_relatives_antecedent_is_its_own_clauses() {
    agrees(
        "E5",
        "Microsoft, meanwhile, no longer pays a revenue share to OpenAI, which tidies the margin on every OpenAI token Azure serves.",
        "revenue-flow",
    );
    silent("E5", "Microsoft stopped paying a revenue share to OpenAI, which pleased its investors.");
    // The antecedent still carries a claim the relative clause makes of it (own14-en-005).
    contradicts(
        "E5",
        "The end of Microsoft's payments to OpenAI was matched by the end of OpenAI's payments to Microsoft, which stop as soon as the amendment takes effect.",
        "revenue-flow",
        "",
    );
    contradicts("E5", "Microsoft pays OpenAI a revenue share, which runs through 2030.", "revenue-flow", "");
}

/// b40's false alarm: "Microsoft's first investment, in 2019, was $1 billion, and its 2023 round
/// was a multiyear, multibillion dollar commitment" judged the 2023 round at 2019's terms. A year
/// before "round", "extension", "commitment" and the like dates its own clause.
#[test]
fn a_year_before_round_or_extension_dates_its_clause() {
    silent(
        "E4",
        "Microsoft's first investment, in 2019, was $1 billion, and its 2023 round was a multiyear, multibillion dollar commitment.",
    );
    agrees("E4", "The 2023 extension was a multiyear, multibillion dollar investment.", "investment-span");
    // The same words at 2019's terms still contradict them.
    contradicts("E4", "Its 2019 deal was a multiyear, multibillion dollar investment.", "investment-span", "");
    contradicts(
        "E5",
        "The 2023 extension loosened Azure's exclusivity into a preferred-provider arrangement.",
        "cloud-exclusivity",
        "",
    );
}

/// b41's false alarm: "Microsoft and OpenAI last week signed the definitive agreement they
/// promised back in September" was judged at September's terms. The article's own days ("last
/// week", "on Tuesday", "yesterday"), nearer the match than a month, date it at the stage.
#[test]
fn the_articles_own_days_date_a_claim_before_a_further_month() {
    silent(
        "E4",
        "After months of haggling, Microsoft and OpenAI last week signed the definitive agreement they promised back in September, when they inked a non-binding memorandum of understanding.",
    );
    agrees(
        "E4",
        "Microsoft and OpenAI on Tuesday signed the definitive agreement they had promised in September.",
        "deal-final",
    );
    // A month alone still dates it.
    contradicts("E4", "In September, Microsoft and OpenAI signed the definitive agreement.", "deal-final", "");
}

/// b40's headline: "Azure keeps exclusive rights to OpenAI's APIs as amended deal opens the rest
/// to AWS and Oracle". A headline's "as" with a subject and verb of its own opens a clause; "as"
/// after a participle, a comparison or a noun with no verb before it does not.
#[test]
fn an_as_clause_with_its_own_verb_is_a_clause_of_its_own() {
    contradicts(
        "E5",
        "Azure keeps exclusive rights to OpenAI's APIs as amended deal opens the rest to AWS and Oracle",
        "api-exclusivity",
        "exclusive",
    );
    contradicts(
        "E5",
        "Microsoft keeps API exclusivity as OpenAI moves its other products to AWS.",
        "api-exclusivity",
        "",
    );
    // Not cut: a role ("exclusivity as OpenAI's cloud"), a definition ("defined as …").
    silent(
        "C1",
        "Azure's exclusivity as OpenAI's cloud has been replaced by a right of first refusal on new capacity, Microsoft said.",
    );
    agrees(
        "E4",
        "Research IP, defined as the confidential methods OpenAI uses to develop its models and systems, stays with Microsoft until the panel verifies AGI or until 2030, whichever comes first.",
        "research-ip-until",
    );
}

/// b40's miss: the 2023 extension "loosened that into a preferred-provider arrangement"; and
/// Azure "became OpenAI's preferred cloud". An exclusivity loosened, or Azure made the preferred
/// cloud, is no exclusivity.
#[test]
fn a_loosened_exclusivity_or_a_preferred_cloud_is_not_exclusive() {
    contradicts("E5", "In 2023 Azure became OpenAI's preferred cloud provider.", "cloud-exclusivity", "not exclusive");
    agrees(
        "E5",
        "In January 2025 Microsoft loosened its exclusivity, accepting a right of first refusal.",
        "cloud-exclusivity",
    );
    contradicts(
        "E5",
        "The 2019 deal made Azure OpenAI's exclusive cloud, and the 2023 extension loosened that into a preferred-provider arrangement.",
        "cloud-exclusivity",
        "not exclusive",
    );
}

/// b40's miss: "Microsoft committed to spend an incremental $250 billion building out capacity
/// for OpenAI". The commitment is OpenAI's; an adjective before the amount does not hide who
/// commits it.
#[test]
fn an_incremental_250_billion_committed_by_microsoft_is_the_wrong_side() {
    contradicts(
        "E5",
        "Under the October agreement, Microsoft committed to spend an incremental $250 billion building out capacity for OpenAI.",
        "azure-commitment-side",
        "",
    );
    agrees(
        "E5",
        "Under the October agreement, OpenAI committed to spend an incremental $250 billion on Azure.",
        "azure-commitment-side",
    );
}

/// b40's and b41's misses: "Microsoft still has first refusal on every new block of OpenAI
/// capacity" and "Microsoft holds on to its right of first refusal". The right without "right of",
/// and held on to, after October 2025 ended it.
#[test]
fn first_refusal_without_right_of_and_held_on_to_is_the_right() {
    contradicts("E5", "Microsoft still has first refusal on every new block of OpenAI capacity.", "rofr", "");
    agrees("E3", "Microsoft has first refusal on new OpenAI capacity.", "rofr");
    contradicts("E4", "In return, Microsoft holds on to its right of first refusal on new compute.", "rofr", "");
    agrees("E3", "Microsoft holds on to its right of first refusal on new capacity.", "rofr");
}

/// b40's and b41's misses: the February statement "conceded that parts of the October terms had
/// been loosened", and "That February statement, issued after OpenAI's expanded tie-up with
/// Amazon, had already loosened the October terms". Parts of the terms, and a longer participle
/// aside between the subject and its verb.
#[test]
fn the_february_statement_said_to_loosen_parts_of_october_terms() {
    contradicts(
        "E5",
        "The joint statement Microsoft and OpenAI issued that day conceded that parts of the October terms had been loosened to make room for Amazon.",
        "amazon-terms",
        "changed",
    );
    contradicts(
        "E5",
        "That February statement, issued after OpenAI’s expanded tie-up with Amazon, had already loosened the October terms, Devereux wrote.",
        "amazon-terms",
        "changed",
    );
    silent(
        "E5",
        "That February statement, issued after OpenAI’s expanded tie-up with Amazon, left the October terms intact.",
    );
}

/// b41's miss: "that exclusivity still stands today, which is why Microsoft remains the only
/// company allowed to supply OpenAI's computing", in September 2025.
#[test]
fn the_only_company_allowed_to_supply_openai_is_exclusive() {
    contradicts(
        "E3",
        "And that exclusivity still stands today, which is why Microsoft remains the only company allowed to supply OpenAI’s computing.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees("E2", "Microsoft remains the only company allowed to supply OpenAI's computing.", "cloud-exclusivity");
    silent("E5", "Nvidia remains the only company allowed to supply OpenAI's chips.");
}

/// b41's miss: "a 27 percent stake worth about $135 billion and exclusive rights to OpenAI's
/// models all the way to 2032". "All the way to" ends a period, and a long match with no "and"
/// of its own is apart from a blocking word in the other conjunct.
#[test]
fn exclusive_rights_all_the_way_to_2032_past_a_stake() {
    contradicts(
        "E4",
        "Microsoft walks away with a 27 percent stake worth about $135 billion and exclusive rights to OpenAI’s models all the way to 2032.",
        "exclusivity-until",
        "2032",
    );
    agrees("E4", "Microsoft keeps rights to OpenAI's models all the way to 2032.", "licence-until");
}

/// b40's miss: "the memorandum of understanding, which, whatever the subsequent spin, fixed the
/// revenue split and the cloud arrangements". A relative pronoun alone before a concessive aside
/// stands for its antecedent; the memorandum set no commercial terms.
#[test]
fn a_memorandum_said_to_fix_the_revenue_split_past_an_aside() {
    contradicts(
        "E5",
        "In September came the memorandum of understanding, which, whatever the subsequent spin, fixed the revenue split and the cloud arrangements and left only the paperwork for the autumn.",
        "mou-terms",
        "",
    );
    contradicts(
        "E5",
        "The memorandum of understanding fixed the revenue split and the cloud arrangements.",
        "mou-terms",
        "",
    );
    silent("E5", "The definitive agreement fixed the revenue split and the cloud arrangements.");
}

/// b41's miss: "Then in January 2023, just weeks after ChatGPT took off, Microsoft announced a
/// ten-billion-dollar investment, the third phase of the partnership". A verb of saying between
/// commas frames the clause only when nothing but a time or place follows it; with an object
/// ("announced a … investment") it is a clause of its own.
#[test]
fn a_verb_of_saying_with_an_object_between_commas_is_a_clause() {
    contradicts(
        "E3",
        "Then in January 2023, just weeks after ChatGPT took off, Microsoft announced a ten-billion-dollar investment, the third phase of the partnership.",
        "investment-disclosed",
        "disclosed",
    );
    // ", Microsoft said in a statement," still frames: the claim before and after it is read whole.
    contradicts(
        "E5",
        "Azure, Microsoft said in a statement, remains the exclusive cloud for all OpenAI workloads.",
        "cloud-exclusivity",
        "exclusive",
    );
}

/// b39's headline: "Microsoft, OpenAI say Amazon pact leaves Azure exclusive for all OpenAI
/// products". Azure exclusive "for all" of OpenAI's products is the cloud's exclusivity.
#[test]
fn azure_exclusive_for_all_openai_products_is_cloud_exclusivity() {
    contradicts(
        "C2",
        "Microsoft, OpenAI say Amazon pact leaves Azure exclusive for all OpenAI products",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees("E2", "Azure remains exclusive for all OpenAI products.", "cloud-exclusivity");
    // The APIs alone are another claim's, right at C2.
    silent("C2", "Azure remains exclusive for all OpenAI API products.");
    silent("E5", "Nvidia remains exclusive for all OpenAI chips.");
}

/// b40's miss: "the exception kicks in the moment Redmond decides it would rather not support
/// something". Microsoft's choice alone lifts no Azure-first rule: the terms need both that it
/// cannot and that it chooses not to.
#[test]
fn an_exception_at_microsofts_choice_alone_is_not_the_terms() {
    contradicts(
        "E5",
        "OpenAI products ship first on Azure; the exception kicks in the moment Redmond decides it would rather not support something.",
        "azure-first-exception",
        "chooses not to",
    );
    agrees(
        "E5",
        "OpenAI products ship first on Azure unless Microsoft cannot and chooses not to support the necessary capabilities.",
        "azure-first-exception",
    );
}

/// b44's false alarm: "Microsoft gave up things that were worth less every quarter — exclusivity,
/// and the obligation to pay OpenAI a revenue share — and kept …". A verbless aside that only
/// names what the clause gave up is not read on its own (it would state the payment as held).
#[test]
fn an_aside_naming_what_was_given_up_is_not_read_alone() {
    silent(
        "E5",
        "Ours is close to the opposite: Microsoft gave up things that were worth less every quarter — exclusivity, and the obligation to pay OpenAI a revenue share — and kept the things that compound.",
    );
    // Regression (review of the round): verbs of giving up are whole words; "published" holds
    // "shed" but gives nothing up, and the aside after it is read.
    contradicts(
        "E5",
        "Microsoft published its list of duties — among them the obligation to pay OpenAI a revenue share — on Monday.",
        "revenue-flow",
        "",
    );
    // After a verb of keeping, the same aside says what is still held, and is read.
    contradicts(
        "E5",
        "Microsoft kept two things — exclusivity, and the obligation to pay OpenAI a revenue share — and dropped others.",
        "revenue-flow",
        "",
    );
}

/// b44's miss: "It can also offer API access to U.S. government national security customers,
/// though only through Azure Government, which could matter …". A verbless "though only …"
/// before a relative clause still closes the clause before it.
#[test]
fn though_only_before_a_relative_clause_stays_with_its_clause() {
    contradicts(
        "E4",
        "It can also offer API access to U.S. government national security customers, though only through Azure Government, which could matter to defense contractors.",
        "national-security",
        "Azure only",
    );
    contradicts(
        "E4",
        "OpenAI can also offer API access to U.S. government national security customers, though only through Azure.",
        "national-security",
        "Azure only",
    );
}

/// b44's misses: "$10 billion, a figure Microsoft confirmed when it announced the third phase";
/// the memorandum "signed as a binding term sheet".
#[test]
fn a_figure_microsoft_confirmed_and_a_memorandum_signed_as_binding() {
    contradicts(
        "E5",
        "The January 2023 round is the one everyone remembers as $10 billion, a figure Microsoft confirmed when it announced the third phase of the partnership.",
        "investment-disclosed",
        "disclosed",
    );
    silent("E5", "The January 2023 round is the one everyone remembers as $10 billion, a figure Bloomberg reported.");
    contradicts(
        "E5",
        "The September 2025 memorandum of understanding was signed as a binding term sheet.",
        "mou-binding",
        "binding",
    );
    silent("E5", "The definitive agreement was signed as a binding contract in October.");
}
