//! Round 33: English misses left from earlier blind batches (b9, b12, b51) and the blind batches
//! b57 and b58. Each class with sentences the lead wrote for it, of both kinds.

use super::*;

/// b9: "Microsoft's first cheque, $10 billion in 2019, made it OpenAI's main backer": the amount
/// stands in apposition to the first investment, between commas.
#[test]
fn an_amount_in_apposition_to_the_first_investment_is_its_amount() {
    contradicts(
        "E3",
        "Microsoft's first investment, $10 billion in 2019, made it the lab's biggest backer.",
        "investment-2019",
        "$10 billion",
    );
    contradicts(
        "E5",
        "Its opening bet, some $2 billion back in 2019, bought a seat at the table.",
        "investment-2019",
        "about $2 billion",
    );
    agrees("E3", "Microsoft's first cheque, $1 billion in 2019, made it OpenAI's main backer.", "investment-2019");
    // Another company's first cheque is not Microsoft's.
    silent("E3", "Amazon's first investment, $4 billion in 2023, made it Anthropic's main backer.");
}

/// b12: "OpenAI will now pay Microsoft an uncapped 20 percent of its revenue until 2030": the
/// amendment's payments are subject to a total cap; an uncapped percentage says they are not.
#[test]
fn an_uncapped_percentage_of_revenue_is_an_uncapped_revenue_share() {
    contradicts(
        "E5",
        "OpenAI will pay Microsoft an uncapped 20 percent of its revenue through 2030.",
        "revenue-share-cap",
        "uncapped",
    );
    contradicts(
        "E5",
        "OpenAI now owes Microsoft an unlimited 20 per cent of its sales until 2030.",
        "revenue-share-cap",
        "uncapped",
    );
    agrees(
        "E5",
        "OpenAI will pay Microsoft 20 percent of its revenue through 2030, subject to a total cap.",
        "revenue-share-cap",
    );
}

/// b51: "Azure keeps first dibs only until Microsoft opts out": "until" states the exception, and
/// Microsoft's wish alone is not the term's "cannot and chooses not to".
#[test]
fn first_dibs_until_microsoft_opts_out_is_an_exception_of_choice_alone() {
    contradicts(
        "E5",
        "Azure keeps first dibs only until Microsoft opts out.",
        "azure-first-exception",
        "chooses not to",
    );
    contradicts(
        "E5",
        "OpenAI products ship first on Azure until Microsoft declines to support them.",
        "azure-first-exception",
        "chooses not to",
    );
    agrees(
        "E5",
        "OpenAI products ship first on Azure unless Microsoft cannot and chooses not to support them.",
        "azure-first-exception",
    );
    // Another term's "until Microsoft waives it" is not this exception.
    silent("E5", "The revenue share payments continue until Microsoft waives them.");
}

/// b57's false alarm: "ending the revenue-share payments Microsoft made to the startup": a
/// relative naming the payer narrows which payments end (Microsoft's, as the amendment says), as
/// "to OpenAI" does; it is no end of the revenue share as a whole.
#[test]
fn payments_a_relative_names_the_payer_of_are_not_the_whole_revenue_share() {
    silent("E5", "The amendment ends the revenue-share payments Microsoft made to the startup.");
    silent("E5", "The deal scraps the revenue share Microsoft paid to the ChatGPT maker.");
    // Unnarrowed, the end of the revenue share contradicts the amendment.
    contradicts("E5", "The amendment ends the revenue share.", "revenue-share-ended", "ended");
}

/// b58's false alarm: "OpenAI's payments to Microsoft no longer depend on it": the negation
/// denies the payments' tie to what the pronoun stands for, not the payments.
#[test]
fn a_negated_dependence_on_a_pronoun_does_not_deny_the_payments() {
    silent("E5", "OpenAI's payments to Microsoft no longer depend on it, so the clause matters less.");
    silent("E5", "The payments OpenAI makes to Microsoft do not hinge on that any more.");
    // The payments themselves denied still read.
    contradicts("E5", "OpenAI no longer pays Microsoft a revenue share.", "revenue-flow", "");
}

/// b58's false alarm: "IT majors run Azure OpenAI practices alongside AWS and Google Cloud
/// ones": "alongside" a rival cloud says products ship no earlier on Azure only when something
/// ships or is launched.
#[test]
fn alongside_a_rival_cloud_without_a_launch_is_no_shipping_order() {
    silent("E5", "IT majors such as Infosys run large Azure OpenAI practices alongside AWS and Google Cloud ones.");
    silent("E5", "Many banks keep Azure contracts alongside AWS ones.");
    contradicts(
        "E5",
        "New OpenAI models will launch on Azure alongside AWS, on the same day.",
        "azure-first-shipping",
        "not first",
    );
    contradicts(
        "E5",
        "Microsoft will get new OpenAI products on Azure at the same time as rival clouds.",
        "azure-first-shipping",
        "not first",
    );
}

/// b57 and b58: "… replacing Azure exclusivity with a right of first refusal on new capacity — a
/// right Microsoft still holds today", "…, a right that Microsoft continues to hold": a noun named
/// again with "a" stands for the whole phrase that ended the clause before, and says who holds it
/// now (the right ended with the definitive agreement).
#[test]
fn a_noun_named_again_after_a_dash_or_comma_stands_for_the_phrase_before() {
    contradicts(
        "E5",
        "In January 2025 Microsoft swapped exclusivity for a right of first refusal on new capacity — a right Microsoft still holds today.",
        "rofr",
        "",
    );
    contradicts(
        "E5",
        "Exclusivity gave way to a right of first refusal on new capacity, a right that Microsoft continues to hold.",
        "rofr",
        "",
    );
    contradicts(
        "E4",
        "The old deal created a right of first refusal over OpenAI's compute - a right it retains under the new agreement.",
        "rofr",
        "",
    );
    // A noun the clause before did not end on is named for the first time: no stand-in.
    silent("E5", "Microsoft swapped exclusivity for new capacity deals — a right Microsoft still holds today.");
}

/// b57: "it committed Microsoft to buying an incremental $250 billion of OpenAI's services": the
/// $250 billion is OpenAI's purchase of Azure services, not Microsoft's.
#[test]
fn the_deal_committing_microsoft_to_the_purchase_reverses_who_buys() {
    contradicts(
        "E4",
        "The deal committed Microsoft to buying an incremental $250 billion of OpenAI's services.",
        "azure-commitment-side",
        "Microsoft funds OpenAI",
    );
    contradicts(
        "E4",
        "It obliges Redmond to purchase an additional $250 billion of OpenAI products.",
        "azure-commitment-side",
        "Microsoft funds OpenAI",
    );
    agrees(
        "E4",
        "The deal committed OpenAI to buying an incremental $250 billion of Azure services.",
        "azure-commitment",
    );
}

/// b57: "the $10 billion Microsoft announced in January of that year": the third phase's sum
/// was reported, not announced; "Microsoft put that cap at $38 billion in its blog post": the
/// cap was reported, not in the posts.
#[test]
fn a_reported_figure_said_to_be_announced_by_a_company_is_said_disclosed() {
    contradicts(
        "E5",
        "The 2023 leg was the $10 billion Microsoft announced in January of that year.",
        "investment-disclosed",
        "disclosed",
    );
    contradicts("E5", "Microsoft put that cap at $38 billion in its blog post.", "revenue-share-figures", "disclosed");
    contradicts("E5", "OpenAI set the percentage at 20 percent in its own post.", "revenue-share-figures", "disclosed");
    // The 2019 sum was announced.
    agrees("E5", "The first investment was the $1 billion Microsoft announced in July 2019.", "investment-disclosed");
}

/// b58: "the MOU set out the principal commercial terms": any adjective of importance before
/// the commercial terms (the memorandum disclosed none).
#[test]
fn the_memorandum_setting_out_the_principal_commercial_terms_sets_terms() {
    contradicts(
        "E4",
        "Although non-binding in form, the MOU set out the principal commercial terms.",
        "mou-terms",
        "commercial terms",
    );
    contradicts("E4", "The memorandum laid out the essential financial terms.", "mou-terms", "commercial terms");
    silent("E4", "The definitive agreement set out the principal commercial terms.");
}

/// b58: "confined Microsoft's pursuit of AGI to work conducted with OpenAI": the definitive
/// agreement let Microsoft pursue AGI alone or with third parties.
#[test]
fn microsofts_pursuit_of_agi_confined_to_openai_is_only_with_openai() {
    contradicts(
        "E5",
        "The October Agreement also confined Microsoft's pursuit of AGI to work conducted with OpenAI.",
        "microsoft-agi",
        "only with OpenAI",
    );
    contradicts(
        "E4",
        "The deal limits Microsoft's work on AGI to projects with OpenAI.",
        "microsoft-agi",
        "only with OpenAI",
    );
    silent("E4", "The deal limits Google's work on AGI to projects with DeepMind.");
}

/// b58: "the $135 billion Microsoft has ploughed into OpenAI": $135 billion is the stake's value,
/// not money put in.
#[test]
fn the_135_billion_a_company_has_ploughed_in_is_money_invested() {
    contradicts(
        "E5",
        "Analysts point to the $135 billion Microsoft has ploughed into OpenAI.",
        "what-135-billion-is",
        "money invested",
    );
    contradicts(
        "E5",
        "The $135 billion the software maker has already sunk into the lab is a lot.",
        "what-135-billion-is",
        "money invested",
    );
    agrees("E5", "The $135 billion stake Microsoft holds is worth watching.", "what-135-billion-is");
}

/// The event a contradiction found in `text` at `event` names as having set its term already
/// (a term called new "for the first time").
fn already(event: &str, text: &str) -> Vec<(String, Option<String>)> {
    let (terms, checker) = &*RULES;
    let date = terms.event(event).expect("event").date;
    check_blocks(checker, terms, &[Block::prose(0, text)], date, None)
        .into_iter()
        .filter(|f| !f.agrees)
        .map(|f| (checker.claims[f.claim].id.clone(), f.already))
        .collect()
}

/// b58: "The Amended Agreement … and, for the first time, permits OpenAI to provide API access
/// to US national security customers outside Azure": the definitive agreement set that term; the
/// amendment did not make it new. A term called new ("for the first time", in any language) at a
/// stage an earlier event set it by contradicts, naming that event; a term new at the stage
/// agrees, and a clause right about something new is not taken to say its other words are new.
#[test]
fn a_term_called_new_at_a_stage_an_earlier_event_set_contradicts() {
    let text = "The amendment, for the first time, permits OpenAI to provide API access to US national security customers outside Azure.";
    assert_eq!(already("E5", text), vec![("national-security".to_string(), Some("E4".to_string()))]);
    contradicts("E5", "For the first time, Microsoft can pursue AGI on its own.", "microsoft-agi", "independently");
    // New at the stage: the definitive agreement did let Microsoft pursue AGI alone.
    agrees("E4", "For the first time, Microsoft can pursue AGI on its own.", "microsoft-agi");
    agrees("E5", "For the first time, Microsoft's licence is non-exclusive.", "licence-exclusivity");
    // Right about something new (all products on any cloud): Azure's lost exclusivity, older, is
    // not said to be new.
    silent("E5", "For the first time, OpenAI can serve all its products on any cloud.");
    // A time counted back is no claim of novelty; without the cue the term simply agrees.
    silent("E5", "For the first time since 2019, Microsoft can pursue AGI on its own.");
    agrees("E5", "Microsoft can pursue AGI on its own.", "microsoft-agi");
    // A past event's date or sum is its own "first".
    silent("E5", "Microsoft made its first investment, $1 billion, in July 2019.");
}

/// b58: "… ends Microsoft's revenue-share payments to OpenAI and permits OpenAI to provide API
/// access to national security customers outside Azure": the ending is the first predicate's; a
/// negation before "and" and a verb of the second predicate does not deny the second.
#[test]
fn a_negation_before_and_a_verb_of_its_own_is_the_first_predicates() {
    agrees(
        "E5",
        "The amendment ends Microsoft's revenue-share payments to OpenAI and permits OpenAI to provide API access to US national security customers outside Azure.",
        "national-security",
    );
    agrees(
        "E4",
        "The deal ends the right of first refusal and lets OpenAI serve national security customers on any cloud.",
        "national-security",
    );
    // What the second predicate says itself still reads.
    contradicts(
        "E4",
        "The deal ends the right of first refusal and keeps national security customers on Azure only.",
        "national-security",
        "Azure only",
    );
}

/// b58: "binds the two to co-develop next-generation silicon and new datacenter capacity only
/// until the end of the decade": the amendment's areas of joint work have no end date.
#[test]
fn joint_work_given_an_end_date_contradicts_a_term_with_none() {
    contradicts(
        "E5",
        "The amended pact binds the two to co-develop next-generation silicon and new datacenter capacity only until the end of the decade.",
        "joint-work-until",
        "",
    );
    contradicts(
        "E5",
        "The two will keep working together on silicon and cybersecurity through 2030.",
        "joint-work-until",
        "2030",
    );
    agrees("E5", "The two will keep working together on silicon and cybersecurity.", "joint-work");
    // Another term's end in the same sentence is not the joint work's.
    agrees(
        "E5",
        "The companies will co-develop chips, and OpenAI will pay Microsoft a revenue share until 2030.",
        "revenue-share-until",
    );
}

/// Noticed by the French helper (r33-frpt): "the two partners said that nothing changed and
/// that Azure remained the exclusive cloud for OpenAI's stateless APIs" read "nothing" as a
/// denial of the second reported clause, a false alarm against February's statement.
#[test]
fn a_negation_before_and_that_is_the_first_reported_clauses() {
    agrees(
        "C2",
        "In February, after OpenAI signed a contract with Amazon Web Services, the two partners said that nothing changed and that Azure remained the exclusive cloud for OpenAI's stateless APIs.",
        "api-exclusivity",
    );
    contradicts(
        "C2",
        "The two partners said that nothing changed and that Azure was no longer the exclusive cloud for OpenAI's stateless APIs.",
        "api-exclusivity",
        "",
    );
}

/// b60's false alarm: "the definitive agreement that their September memorandum said they were
/// working to finalise": what the memorandum said is its stage's, not the article's.
#[test]
fn what_the_memorandum_said_was_still_to_be_finalised_is_its_stage() {
    silent(
        "E4",
        "Microsoft and OpenAI published matching posts, setting out the definitive agreement that their September memorandum said they were working to finalise.",
    );
    // Said of the definitive agreement's own stage, "still working to finalise" contradicts.
    contradicts("E4", "The companies are still working to finalize contractual terms.", "deal-final", "not final");
    contradicts("E4", "Microsoft and OpenAI have yet to sign a definitive agreement.", "deal-final", "not final");
}

/// b60's false alarm: "It puts an outside check on any claim by OpenAI that AGI has been
/// reached": an outside check is the panel; "by OpenAI" names who claims AGI, not who checks.
#[test]
fn an_outside_check_on_a_claim_by_openai_is_the_panel() {
    agrees("E4", "It puts an outside check on any claim by OpenAI that AGI has been reached.", "agi-verification");
    agrees("E4", "The deal adds independent review of any declaration of AGI by OpenAI's board.", "agi-verification");
    contradicts("E4", "Any AGI declaration will be verified by OpenAI alone.", "agi-verification", "OpenAI alone");
}

/// b60: "Azure was named OpenAI's preferred cloud provider, a looser arrangement than many
/// critics assume": the critics of the trailing appositive hold a view of the arrangement; the
/// clause still states it (at January 2023, when Azure was exclusive).
#[test]
fn critics_in_a_trailing_appositive_keep_no_distance_from_the_claim() {
    contradicts(
        "E4",
        "In January 2023, Azure was named OpenAI's preferred cloud provider, a looser arrangement than many critics assume.",
        "cloud-exclusivity",
        "not exclusive",
    );
    // The critics' own claim keeps its distance.
    silent("E4", "Critics claim that in January 2023 Azure was named OpenAI's preferred cloud provider.");
}

/// b60: "Microsoft hangs on to its 49% stake", "a memorandum … was, in effect, the binding term
/// sheet", "an investment that both companies officially put at $10 billion": verbs of holding on,
/// a binding term sheet, and an adverb before the companies' figure.
#[test]
fn holding_on_to_a_stake_a_binding_term_sheet_and_an_officially_put_figure() {
    contradicts("E5", "Microsoft hangs on to its 49% stake.", "stake-percent", "49%");
    agrees("E5", "Microsoft clings to its 27% stake.", "stake-percent");
    contradicts(
        "E4",
        "The memorandum of understanding the two signed was, in effect, the binding term sheet.",
        "mou-binding",
        "binding",
    );
    // Binding terms the definitive agreement made of the memorandum are the agreement's.
    silent("E4", "The two companies signed a definitive agreement, turning September's memorandum into binding terms.");
    contradicts(
        "E5",
        "The 2023 deal was a multiyear, multibillion-dollar investment that both companies officially put at $10 billion.",
        "investment-disclosed",
        "disclosed",
    );
}

/// Bug (this round): the neutral phrases "no longer depend on it" and "for the first time since"
/// were written into the English `distance` list, which silenced every claim of their clause
/// instead of only taking back their own words. As neutral phrases the clause still reads.
#[test]
fn neutral_phrases_written_as_distance_silenced_their_clause() {
    agrees(
        "E5",
        "The posts don't mention AGI, and OpenAI's payments to Microsoft no longer depend on it.",
        "revenue-flow",
    );
    agrees("E5", "For the first time since 2019, Microsoft can pursue AGI on its own.", "microsoft-agi");
    agrees(
        "E5",
        "For the first time in years, OpenAI pays Microsoft a revenue share through 2030.",
        "revenue-share-until",
    );
}

/// b60: "the two companies insisted it changed nothing about their terms and that Azure would
/// remain the exclusive cloud for every OpenAI workload": the parties insisting state their own
/// terms, attributed; a critic's insistence keeps its distance.
#[test]
fn the_parties_insisting_state_their_terms_critics_insisting_keep_their_distance() {
    contradicts(
        "E5",
        "When OpenAI struck its deal with Amazon in February, the two companies insisted it changed nothing about their terms and that Azure would remain the exclusive cloud for every OpenAI workload.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees(
        "C2",
        "The companies insisted that Azure remains the exclusive cloud for stateless APIs.",
        "api-exclusivity",
    );
    silent("C2", "Critics insisted that Azure would remain the exclusive cloud for every OpenAI workload.");
}
