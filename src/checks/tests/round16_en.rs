//! Round 16 (en16): how English sentences are read, on sentences written for each class, of
//! both kinds (the wrong claim found; the right one, another company, a hedge or a denial not).

use super::*;

/// A year set apart from an opening time clause, between commas after it or before it, is the
/// time of the event the clause names ("When Microsoft first backed OpenAI, in 2020, …").
#[test]
fn a_year_beside_an_opening_time_clause_dates_its_event() {
    contradicts("E5", "When Microsoft first backed OpenAI, in 2020, it put in $1bn.", "first-investment-date", "2020");
    contradicts(
        "E5",
        "Back in 2021, when Microsoft made its first $1 billion bet, Azure became OpenAI's exclusive cloud.",
        "first-investment-date",
        "2021",
    );
    contradicts(
        "E5",
        "In 2018, when Redmond first invested in the lab, nobody expected ChatGPT.",
        "first-investment-date",
        "2018",
    );
    contradicts(
        "E5",
        "Back in 2020, when the Redmond company placed its first bet on OpenAI, few had heard of the lab.",
        "first-investment-date",
        "2020",
    );
    contradicts(
        "E5",
        "When the two companies signed their memorandum, in October 2024, the terms were vague.",
        "memorandum-date",
        "October 2024",
    );
    contradicts(
        "E5",
        "In 2024, when Microsoft and OpenAI signed their definitive agreement, OpenAI became a public benefit corporation.",
        "definitive-date",
        "2024",
    );
    contradicts(
        "E5",
        "When Microsoft and OpenAI amended their deal, in 2025, Microsoft gave up its exclusive licence.",
        "amendment-date",
        "2025",
    );
    contradicts(
        "E5",
        "When the third phase was announced, in 2022, Microsoft committed billions more.",
        "third-phase-date",
        "2022",
    );
    // The right year, another company's first investment, a year that is no time phrase.
    agrees(
        "E5",
        "When Microsoft made its initial investment, in July 2019, Azure became OpenAI's exclusive cloud.",
        "first-investment-date",
    );
    agrees(
        "E5",
        "In 2019, when Microsoft first backed OpenAI, Azure became its exclusive cloud.",
        "first-investment-date",
    );
    silent("E5", "When Amazon made its first investment in Anthropic, in 2023, it put in $4 billion.");
    silent("E5", "In 2023, when Microsoft made its third investment, OpenAI's valuation soared.");
    silent("E5", "When Microsoft first backed OpenAI, in a deal worth $1 billion, Azure became its exclusive cloud.");
}

/// The year read with a time clause that follows it is one finding, marked on the words of both.
#[test]
fn a_time_clause_read_with_its_year_is_one_finding() {
    let (terms, checker) = &*RULES;
    let date = terms.event("E5").expect("E5").date;
    let text = "Back in 2021, when Microsoft made its first $1 billion bet, Azure became OpenAI's exclusive cloud.";
    let found = check_blocks(checker, terms, &[Block::prose(0, text)], date, None);
    let dates: Vec<&Found> = found.iter().filter(|f| checker.claims[f.claim].id == "first-investment-date").collect();
    assert_eq!(dates.len(), 1, "{found:?}");
    let r = dates[0].range.clone();
    assert!(r.start < r.end && text[r].contains("2021"), "{:?}", dates[0]);
}

/// A comment between commas inside a condition after a dash ("— unless, that is, …") or
/// inside a clause ("Microsoft, of course, keeps …") only comments: the words it splits meet.
#[test]
fn a_comment_between_commas_splits_nothing() {
    contradicts(
        "E5",
        "OpenAI will go on paying Microsoft through 2030 — unless, that is, an expert panel verifies AGI first, in which case the payments lapse.",
        "revenue-share-agi",
        "until AGI",
    );
    contradicts(
        "E5",
        "OpenAI will go on paying Microsoft through 2030 — except, of course, if an expert panel verifies AGI first.",
        "revenue-share-agi",
        "until AGI",
    );
    contradicts(
        "E5",
        "OpenAI products will ship first on Azure — unless, of course, Microsoft cannot or chooses not to support them.",
        "azure-first-exception",
        "",
    );
    contradicts(
        "E5",
        "OpenAI products ship first on Azure — unless, that is, Microsoft opts not to support them.",
        "azure-first-exception",
        "",
    );
    contradicts(
        "E5",
        "Microsoft, of course, keeps an exclusive licence to OpenAI's models.",
        "licence-exclusivity",
        "exclusive",
    );
    contradicts("E5", "The licence, to be clear, remains exclusive through 2032.", "licence-exclusivity", "exclusive");
    contradicts("E5", "The revenue share, mind you, runs until 2032.", "revenue-share-until", "2032");
    contradicts("E5", "Microsoft's licence, admittedly, now runs through 2035.", "licence-until", "2035");
    // The right terms, another company, a hedge.
    agrees(
        "E5",
        "Products ship first on Azure — unless, that is, Microsoft cannot and chooses not to support them.",
        "azure-first-exception",
    );
    agrees("E5", "Microsoft, of course, no longer holds an exclusive licence.", "licence-exclusivity");
    silent("E5", "Amazon, of course, holds an exclusive licence to its own models.");
    silent("E5", "Microsoft, of course, may one day regain an exclusive licence.");
    silent("E5", "OpenAI will go on paying Microsoft through 2030 — unless, of course, the cap is reached first.");
}

/// Both parties signing a memorandum, told as the news of a later stage, names the wrong kind
/// of agreement: the definitive agreement is final.
#[test]
fn a_memorandum_signed_at_a_later_stage_is_no_final_agreement() {
    for text in [
        "Microsoft, OpenAI sign non-binding memorandum on their next chapter",
        "Microsoft and OpenAI ink MOU on next phase of partnership",
        "OpenAI and Microsoft strike preliminary memorandum as talks drag on",
        "Redmond and the ChatGPT maker sign a memorandum of understanding",
    ] {
        contradicts("E4", text, "deal-kind", "memorandum");
        contradicts("E5", text, "deal-kind", "memorandum");
        // At the memorandum's own stage it states nothing against the terms.
        silent("E3", text);
    }
    // Another company's memorandum, one dated to its own stage, one denied.
    silent("E4", "Amazon and OpenAI sign memorandum on cloud capacity");
    silent("E4", "Microsoft and Amazon sign memorandum on cloud capacity");
    silent("E4", "In September the companies signed a non-binding memorandum.");
    agrees("E4", "Microsoft and OpenAI sign definitive agreement", "deal-kind");
    silent("E4", "Six weeks after they signed a non-binding memorandum, the companies finalised their deal.");
    silent("E4", "Microsoft and OpenAI did not sign a memorandum this time.");
}

/// A state said to begin at a year after the stage ("From 2030, OpenAI can serve its products
/// on any cloud") says its opposite holds until then, and so at the stage.
#[test]
fn a_state_that_begins_after_the_stage_denies_it_now() {
    for text in [
        "From 2030, OpenAI will be able to serve all its products on any cloud provider.",
        "Beginning in 2030, OpenAI can sell its products on any cloud.",
        "OpenAI will be free to use any cloud provider from 2031 onwards.",
    ] {
        contradicts("E5", text, "cloud-exclusivity", "exclusive");
    }
    for text in [
        "Starting in 2032, Microsoft's licence becomes non-exclusive.",
        "Microsoft's licence will become non-exclusive in 2032.",
        "Microsoft's licence turns non-exclusive in 2031.",
        "In 2032, Microsoft's licence becomes non-exclusive.",
    ] {
        contradicts("E5", text, "licence-exclusivity", "exclusive");
    }
    contradicts("E5", "From 2030, Microsoft will no longer have a right of first refusal.", "rofr", "");
    // The stage's own year, a state that holds already, another company, a hedge; and at a
    // stage whose terms match the opposite, agreement.
    agrees("E5", "From 2026, OpenAI can serve its products on any cloud.", "cloud-exclusivity");
    silent("E5", "Microsoft's licence remains non-exclusive from 2030 until it ends in 2032.");
    silent("E5", "From 2033, Amazon's licence becomes non-exclusive.");
    silent("E5", "Analysts expect OpenAI to use any cloud from 2030.");
    silent("E5", "OpenAI can serve its products on any cloud from 2030 to 2032, the filing shows.");
    agrees("E4", "From 2032, OpenAI can sell its API products on any cloud.", "api-exclusivity");
}

/// 2019's terms told otherwise: OpenAI on several clouds (Azure was exclusive), Microsoft one
/// commercialisation partner among several or none (it was the preferred one).
#[test]
fn several_clouds_and_no_preferred_commercial_partner_in_2019() {
    for text in [
        "OpenAI will keep running on several cloud providers, Microsoft's among them.",
        "OpenAI will spread its workloads across various cloud providers, Azure included.",
        "Under the deal, OpenAI can still use a mix of clouds.",
        "OpenAI is free to work with several hyperscalers besides Microsoft.",
    ] {
        contradicts("E1", text, "cloud-exclusivity", "not exclusive");
    }
    contradicts(
        "E1",
        "Microsoft became one of several commercialisation partners.",
        "commercialization-role",
        "one of several",
    );
    contradicts(
        "E1",
        "Microsoft is just one of many commercial partners OpenAI will sign.",
        "commercialization-role",
        "one of several",
    );
    contradicts(
        "E1",
        "OpenAI will commercialise its technology itself; Microsoft gets no commercial role in return for its money.",
        "commercialization-role",
        "none",
    );
    contradicts(
        "E1",
        "The deal gives Microsoft no commercial rights to OpenAI's technology.",
        "commercialization-role",
        "none",
    );
    // The 2019 terms as they are, another company, the clouds of a later stage.
    agrees(
        "E1",
        "Microsoft will be OpenAI's preferred partner for commercializing its technologies.",
        "commercialization-role",
    );
    agrees("E1", "OpenAI cannot run on several cloud providers: Azure is its exclusive cloud.", "cloud-exclusivity");
    silent("E1", "Amazon gets no commercial role in Anthropic's research.");
    agrees("E5", "OpenAI now runs on several cloud providers.", "cloud-exclusivity");
}

/// A concession inside a noun phrase, between commas or dashes ("preferred, though not
/// exclusive, cloud provider"), is read in place: cut out, its "not" was lost.
#[test]
fn a_concession_inside_a_noun_phrase_is_read_in_place() {
    for text in [
        "Azure becomes OpenAI's preferred, though not exclusive, cloud provider.",
        "Microsoft will be OpenAI's main — but not exclusive — cloud partner.",
        "Microsoft will be OpenAI's main, although not exclusive, compute provider.",
        "Under the deal, Azure is OpenAI's primary — though not exclusive — cloud.",
        "Microsoft becomes the lab's favoured, yet not exclusive, cloud supplier.",
    ] {
        contradicts("E1", text, "cloud-exclusivity", "not exclusive");
    }
    contradicts(
        "E5",
        "When Microsoft first invested in 2019, it became OpenAI's preferred — though not exclusive — cloud provider.",
        "cloud-exclusivity",
        "not exclusive",
    );
    agrees("E5", "Azure is now OpenAI's primary, though not exclusive, cloud provider.", "cloud-exclusivity");
    agrees("C1", "Azure stays OpenAI's main — but not exclusive — cloud provider.", "cloud-exclusivity");
    // "if not" may mean "perhaps even"; a concession about something else; one that opens a
    // phrase of the clause.
    silent("E1", "Microsoft will be OpenAI's preferred, if not exclusive, cloud provider.");
    agrees("E1", "Azure becomes OpenAI's exclusive cloud provider, though not its only investor.", "cloud-exclusivity");
    silent("E1", "Microsoft keeps its licence — but not exclusive rights — on most products.");
    agrees(
        "E1",
        "Microsoft is the preferred partner — though not the only one — for commercialising OpenAI's research.",
        "commercialization-role",
    );
}

/// "also" between a subject and its verb changes nothing the clause says ("Microsoft also keeps
/// its right of first refusal"): the patterns read past it.
#[test]
fn also_between_subject_and_verb_is_read_past() {
    contradicts(
        "E4",
        "Microsoft also keeps its right of first refusal to be OpenAI's compute provider, people familiar with the matter said.",
        "rofr",
        "right of first refusal",
    );
    contradicts(
        "E4",
        "Microsoft also keeps a right of first refusal on any new computing capacity OpenAI needs.",
        "rofr",
        "right of first refusal",
    );
    contradicts("E4", "Redmond also retains its ROFR on new capacity.", "rofr", "right of first refusal");
    contradicts(
        "E5",
        "Microsoft also keeps an exclusive licence to OpenAI's models.",
        "licence-exclusivity",
        "exclusive",
    );
    contradicts("E5", "OpenAI will also pay Microsoft its revenue share through 2032.", "revenue-share-until", "2032");
    contradicts("E5", "Microsoft's licence also runs through 2035.", "licence-until", "2035");
    contradicts("E4", "Microsoft will also hold IP rights to OpenAI's consumer hardware.", "consumer-hardware", "");
    contradicts("E4", "Microsoft also gets IP rights to OpenAI's devices.", "consumer-hardware", "");
    // The terms as they are, denied, another company.
    agrees("E4", "Microsoft also gives up its right of first refusal.", "rofr");
    agrees("E5", "Microsoft's licence also becomes non-exclusive.", "licence-exclusivity");
    silent("E4", "Amazon also keeps its right of first refusal on Anthropic's compute.");
    silent("E5", "Microsoft also may regain an exclusive licence one day.");
}

/// "may" before a freedom as wide as "any cloud" grants it, in the terms' own words ("Non-API
/// products may be served on any cloud provider"): it is no doubt.
#[test]
fn may_run_on_any_cloud_is_a_permission() {
    contradicts(
        "E4",
        "Products OpenAI builds with third parties may run on any cloud provider, API products included.",
        "third-party-api",
        "any cloud",
    );
    contradicts(
        "E4",
        "API products that OpenAI develops with outside partners may be hosted on any cloud provider.",
        "third-party-api",
        "any cloud",
    );
    contradicts("E4", "OpenAI's API may be sold through any cloud provider.", "api-exclusivity", "not exclusive");
    contradicts("E1", "OpenAI may serve its products on any cloud provider.", "cloud-exclusivity", "not exclusive");
    contradicts(
        "E2",
        "Under the extension, OpenAI's workloads may run on any cloud.",
        "cloud-exclusivity",
        "not exclusive",
    );
    contradicts(
        "C2",
        "OpenAI's stateless APIs may be offered by any cloud provider.",
        "api-exclusivity",
        "not exclusive",
    );
    contradicts("E1", "OpenAI may train its models with any provider it likes.", "cloud-exclusivity", "not exclusive");
    contradicts("E4", "Jointly developed API products may be served on any cloud.", "api-exclusivity", "not exclusive");
    // The terms as they are; a "may" that only guesses, about one rival; another company.
    silent("E4", "Non-API products may be served on any cloud provider.");
    agrees("E3", "OpenAI may serve its products on any cloud provider.", "cloud-exclusivity");
    silent("E1", "OpenAI may one day move some research to Google Cloud, analysts speculate.");
    silent("E4", "Anthropic's API may be sold through any cloud provider.");
}

/// A "may" before any cloud with a time still to come stays a guess.
#[test]
fn may_run_on_any_cloud_someday_stays_a_guess() {
    silent("E4", "API products built with partners may run on any cloud someday.");
    silent("E4", "OpenAI's API may eventually be sold through any cloud provider.");
    silent("E4", "OpenAI's API may one day be sold through any cloud provider.");
    silent("E4", "According to people familiar with the talks, OpenAI's API may be sold through any cloud provider.");
}
