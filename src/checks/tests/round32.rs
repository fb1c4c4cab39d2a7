//! Round 32: the blind English articles b50 and b51 (antitrust analysis, six-year timeline,
//! brokerage brief, CIO advice, analyst interview, Asian business daily). Each class with
//! sentences the lead wrote for it, of both kinds.

use super::*;

/// b50: "Microsoft has kept its right of first refusal on new capacity" at the definitive
/// agreement: a present perfect states what holds now, not a time before the stage ("kept" alone
/// is a past cue). "had kept" stays in the past.
#[test]
fn a_present_perfect_states_the_stage_not_the_past() {
    contradicts("E4", "Microsoft has kept its right of first refusal on new capacity.", "rofr", "");
    contradicts("E4", "Microsoft has held on to its right of first refusal.", "rofr", "");
    agrees("E4", "Microsoft has given up its right of first refusal on new capacity.", "rofr");
    // Before the stage, the right was Microsoft's: no contradiction of October's terms.
    silent("E4", "Until October, Microsoft had kept its right of first refusal on new capacity.");
}

/// b50's false alarm: "A 27 percent stake in a company controlled by a nonprofit is not
/// control": the negation after a participle phrase inside an indefinite noun phrase is the main
/// verb's, not the participle's. A negation of the control itself still reads.
#[test]
fn a_negation_after_a_noun_with_its_participle_is_the_main_verbs() {
    silent(
        "E4",
        "A 27 percent stake in a company controlled by a nonprofit is not, on any conventional reading, control.",
    );
    silent("E4", "An investor in a company controlled by a nonprofit does not get a say.");
    contradicts("E4", "OpenAI will not be controlled by a nonprofit.", "nonprofit-control", "no nonprofit control");
}

/// b50: "Go forward to January 2023 and the extension announced then — ten billion dollars, as
/// both companies said at the time — bought …": an aside between dashes speaks of the time the
/// words before it name (January 2023), not of a stage before the article's because of its "at
/// the time".
#[test]
fn an_aside_between_dashes_takes_the_time_named_before_it() {
    contradicts(
        "E4",
        "In January 2023 came the extension — ten billion dollars, as both companies said at the time — and Azure stayed exclusive.",
        "investment-disclosed",
        "disclosed",
    );
    // The 2019 figure was disclosed: the same shape agrees.
    silent(
        "E4",
        "In July 2019 came the first cheque — one billion dollars, as both companies said at the time — and a new lab.",
    );
}

/// b50: "Cybersecurity has dropped off the list of joint projects": one of the amendment's three
/// areas of continued joint work said to fall out of it.
#[test]
fn an_area_of_joint_work_dropping_off_the_list_is_ended_joint_work() {
    contradicts("E5", "Cybersecurity, by contrast, has dropped off the list of joint projects.", "joint-work", "ended");
    contradicts("E5", "Silicon fell out of the shared projects this time.", "joint-work", "ended");
    agrees("E5", "Cybersecurity remains on the list of joint projects.", "joint-work");
    silent("E5", "Cybersecurity has dropped off the list of Google's joint projects with Anthropic.");
}

/// b50: "Azure stays the exclusive cloud for OpenAI's stateless APIs until the end of the
/// decade": the API exclusivity runs until AGI (E4), the stateless APIs of February 2026 under
/// it, with no year; exclusivity-until leaves sentences naming a cloud alone, so a claim of its
/// own reads them.
#[test]
fn the_api_exclusivity_given_a_year_contradicts_until_agi() {
    contradicts(
        "C2",
        "Azure stays the exclusive cloud for OpenAI's stateless APIs until the end of the decade.",
        "api-exclusivity-until",
        "",
    );
    contradicts(
        "E4",
        "Azure will be the sole provider for OpenAI's APIs through 2032.",
        "api-exclusivity-until",
        "2032",
    );
    agrees("C2", "Azure remains the exclusive cloud for OpenAI's APIs until AGI is declared.", "api-exclusivity-until");
    silent("C2", "Google Cloud stays the exclusive cloud for Anthropic's APIs until 2030.");
}

/// b51: statements said with a question mark: a tag question ("…, no?") and a declarative one
/// ("…, Microsoft's rights to the models simply lapse?") put a claim to the reader as true. A
/// question that inverts ("Does …?", "Wait, is …?"), one after a label ("FAQ: Does …?", "The key
/// question is: how …?") or one the next sentence knocks down ("…? Wrong — …") asks.
#[test]
fn a_statement_said_with_a_question_mark_is_read() {
    contradicts_any(
        "E4",
        "Microsoft has now sunk $135 billion into OpenAI — the biggest bet anyone has placed on a startup, no?",
    );
    contradicts_any("E4", "And once the panel verifies it, Microsoft's rights to the models simply lapse?");
    silent("E4", "Do Microsoft's rights to the models simply lapse once the panel verifies AGI?");
    silent("E4", "Wait, is Microsoft still OpenAI's exclusive cloud provider?");
    silent("E5", "FAQ: Does Microsoft still pay OpenAI a revenue share?");
    silent("E5", "So Microsoft still pays OpenAI a share of its revenue? Wrong — the payments run the other way.");
    silent("E5", "The key question is: how much of OpenAI's compute will Microsoft still pay for?");
}

/// `contradicts` with any claim: the question tests only ask whether the sentence was read.
#[track_caller]
fn contradicts_any(event: &str, text: &str) {
    let r = read(event, text);
    assert!(
        r.iter().any(|(_, v, _)| *v == "contradicts"),
        "expected a contradiction in {text:?} at {event}; read {r:?}"
    );
}

/// b51: "Microsoft is the one that declares AGI": who declares, said as an identity ("the one
/// that", "it is … that", "the call falls to"), or as Microsoft declaring with a panel checking.
#[test]
fn the_party_named_as_the_one_that_declares_agi() {
    contradicts(
        "E4",
        "Under the new terms Microsoft is the one that declares AGI, and a panel rubber-stamps it.",
        "agi-declarer",
        "Microsoft",
    );
    contradicts("E4", "Microsoft declares AGI and an expert panel verifies it.", "agi-declarer", "Microsoft");
    contradicts("E4", "On AGI, the call falls to Microsoft.", "agi-declarer", "Microsoft");
    agrees("E4", "OpenAI is the one that declares AGI.", "agi-declarer");
    silent("E4", "Google is the one that declares AGI in its own labs.");
    silent("E4", "The call falls to Microsoft, which must decide on its capital spending.");
}

/// b51: "OpenAI will be settling up faster than under the old schedule": the payer's side of the
/// payments' period, with a verb of paying off and no word for the payments.
#[test]
fn openai_paying_faster_is_a_shorter_period() {
    contradicts(
        "E4",
        "OpenAI will be settling up faster than under the old schedule.",
        "revenue-share-period",
        "not longer",
    );
    contradicts(
        "E4",
        "OpenAI will pay Microsoft sooner than under the old schedule.",
        "revenue-share-period",
        "not longer",
    );
    agrees("E4", "OpenAI will pay Microsoft over a longer period than before.", "revenue-share-period");
}

/// b51's headline: "Azure stays exclusive home for all OpenAI workloads": headline English drops
/// the article, and names OpenAI without its possessive.
#[test]
fn a_headline_without_its_article_still_names_the_exclusive_home() {
    contradicts(
        "C2",
        "Azure stays exclusive home for all OpenAI workloads despite Amazon tie-up, Microsoft says",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees("C2", "Azure no longer exclusive home for OpenAI workloads", "cloud-exclusivity");
}

/// b51: "when Microsoft put US$1 billion (about S$1.3 billion at current exchange rates) into
/// OpenAI and became, in the language of the day, its preferred cloud provider": a bracket that
/// converts the figure before it is an aside (its words no part of the clause), a six-word frame
/// between commas is cut, and the second predicate keeps the first's subject.
#[test]
fn a_converted_figure_in_brackets_and_a_second_predicate() {
    contradicts(
        "C2",
        "The relationship dates back to July 2019, when Microsoft put US$1 billion (about S$1.3 billion at current exchange rates) into OpenAI and became, in the language of the day, its preferred cloud provider.",
        "cloud-exclusivity",
        "not exclusive",
    );
    agrees("C2", "In July 2019 Microsoft put US$1 billion (about S$1.3 billion) into OpenAI.", "new-investment");
    // A share in brackets after a figure is the noun's value, read with it.
    contradicts("E5", "Microsoft stake: ~$135bn (about 49%)", "stake-percent", "");
}

/// b51: "Microsoft still holds that right of first refusal today, which is why, in her reading,
/// the Amazon arrangement could go ahead …": a demonstrative before the right, and a relative of
/// consequence ("which is why") that opens a clause of its own past its aside (its "could" is
/// not the right's).
#[test]
fn that_right_of_first_refusal_and_which_is_why() {
    contradicts(
        "C2",
        "Ms Tan said Microsoft still holds that right of first refusal today, which is why, in her reading, the Amazon arrangement could go ahead only after Redmond declined to match it.",
        "rofr",
        "",
    );
    agrees(
        "C1",
        "Microsoft now holds that right of first refusal, which is why, in practice, every contract crosses its desk.",
        "rofr",
    );
}

/// b51 (and b13, b15): "Its rights to OpenAI's research, meaning the confidential methods used to
/// develop models and systems, run on the same 2032 timetable": a gloss between commas sits
/// between the subject and its verb.
#[test]
fn a_gloss_with_meaning_is_an_aside() {
    contradicts(
        "E4",
        "Its rights to OpenAI's research, meaning the confidential methods used to develop models and systems, run on the same 2032 timetable.",
        "research-ip-until",
        "2032",
    );
    agrees(
        "E4",
        "Microsoft's rights to OpenAI's research, meaning the confidential methods used to develop its models, last until 2030 or until AGI is verified, whichever comes first.",
        "research-ip-until",
    );
}

/// b51: "until this amendment, OpenAI could not offer API access to US national-security
/// customers anywhere but Azure": "anywhere but" is "only", one clause; "could not" is a past
/// inability; "until this amendment" names the stage before it.
#[test]
fn anywhere_but_azure_for_national_security() {
    contradicts(
        "E5",
        "Until this amendment, OpenAI could not offer API access to US national-security customers anywhere but Azure.",
        "national-security",
        "Azure only",
    );
    contradicts(
        "E4",
        "OpenAI cannot serve national-security customers anywhere but Azure.",
        "national-security",
        "Azure only",
    );
    agrees("E4", "OpenAI can serve national-security customers on any cloud provider.", "national-security");
    silent("E4", "Anthropic cannot serve national-security customers anywhere but AWS.");
}

/// b51: "in January 2025, when Microsoft dropped Azure exclusivity …, leaving OpenAI free to buy
/// new capacity from whomever it liked": no one had to be offered it first, so no right of first
/// refusal, wrong in January 2025 and right since October.
#[test]
fn openai_free_to_buy_capacity_from_anyone_has_no_first_refusal() {
    contradicts(
        "E5",
        "That changed in January 2025, when Microsoft dropped Azure exclusivity outright, leaving OpenAI free to buy new capacity from whomever it liked.",
        "rofr",
        "no right of first refusal",
    );
    agrees("E4", "OpenAI is now free to buy new capacity from whomever it likes.", "rofr");
}

/// b51: "Both companies' posts put that percentage at 20 percent": the posts named as the figure's
/// source (they gave no percentage). Analysts putting it there state nothing.
#[test]
fn the_posts_putting_the_percentage_at_a_figure_disclose_it() {
    contradicts("E5", "Both companies' posts put that percentage at 20 percent.", "revenue-share-figures", "disclosed");
    contradicts("E5", "Microsoft's post puts the cap at $38 billion.", "revenue-share-figures", "disclosed");
    silent("E5", "Analysts put that percentage at 20 percent.");
}

/// b51: "in January 2023 the two companies announced a US$10 billion third phase – roughly S$12.8
/// billion – that turned Azure into the engine room behind ChatGPT": the third phase announced
/// with a sum, and Azure named in a relative clause is no Azure commitment (which `unless` keeps
/// off the claim).
#[test]
fn a_third_phase_announced_with_a_sum() {
    contradicts(
        "C2",
        "In January 2023 the two companies announced a US$10 billion third phase – roughly S$12.8 billion – that turned Azure into the engine room behind ChatGPT.",
        "investment-disclosed",
        "disclosed",
    );
    silent("C2", "In January 2023, Semafor reported a $10 billion extension.");
    silent("E5", "OpenAI announced a $250 billion commitment to Azure services.");
}

/// b50: "Microsoft's IP rights also stretch, for the first time, to OpenAI's consumer hardware".
#[test]
fn ip_rights_stretching_to_consumer_hardware() {
    contradicts(
        "E4",
        "Microsoft's IP rights also stretch, for the first time, to OpenAI's consumer hardware.",
        "consumer-hardware",
        "included",
    );
    agrees("E4", "Microsoft's IP rights do not stretch to OpenAI's consumer hardware.", "consumer-hardware");
}

/// b54 (the second half of the round: b54 and b55, written while it worked): "the licence now
/// runs from Microsoft to OpenAI" turns the licence round.
#[test]
fn a_licence_running_from_one_party_to_the_other() {
    contradicts("E5", "Marcus adds a wrinkle: the licence now runs from Microsoft to OpenAI.", "licence-direction", "");
    agrees("E5", "The licence still runs from OpenAI to Microsoft.", "licence-direction");
}

/// b54: "that right still lets it match any compute offer OpenAI receives before the business can
/// go elsewhere": the right to match, its "before" clause the order of the match, not a time.
#[test]
fn a_right_that_lets_microsoft_match_any_compute_offer() {
    contradicts(
        "C2",
        "Microsoft gave up its cloud exclusivity in January 2025 and took a right of first refusal on new capacity instead, and that right still lets it match any compute offer OpenAI receives before the business can go elsewhere.",
        "rofr",
        "right of first refusal",
    );
    agrees("C1", "The right lets Microsoft match any compute offer OpenAI receives.", "rofr");
}

/// b54/b55: the 2023 figure made official: "what it confirmed as a $10bn commitment", "announced
/// a $10 billion expansion of the partnership". Reported, it states nothing.
#[test]
fn the_third_phase_confirmed_or_announced_as_a_sum() {
    contradicts(
        "E2",
        "In January 2023 Microsoft made what it confirmed as a $10bn commitment.",
        "investment-disclosed",
        "disclosed",
    );
    contradicts(
        "C2",
        "In 2023, Microsoft and OpenAI announced a $10 billion expansion of the partnership, and much of that money went into computing capacity.",
        "investment-disclosed",
        "disclosed",
    );
    silent("C2", "In 2023, Semafor reported a $10 billion expansion of the partnership.");
}

/// b54/b55: the deal or the amendment named as the source of the reported figures: "the deal
/// officially sets it at 20 per cent", "the amendment itself sets the cap at $38 billion".
#[test]
fn the_deal_setting_the_reported_figures() {
    contradicts(
        "E5",
        "Those payments stay at the same percentage — the deal officially sets it at 20 per cent — and the cap is $38 billion.",
        "revenue-share-figures",
        "disclosed",
    );
    contradicts(
        "E5",
        "Reports citing unnamed sources put the percentage at 20 percent, and the amendment itself sets the cap at $38 billion.",
        "revenue-share-figures",
        "disclosed",
    );
    silent("E5", "Reports citing unnamed sources put the cap at $38 billion.");
}

/// b55: "its planned restructuring … would return the whole company to nonprofit status": OpenAI
/// does not become a nonprofit.
#[test]
fn returning_the_company_to_nonprofit_status() {
    contradicts(
        "E3",
        "OpenAI said its planned restructuring, as outlined in the memorandum with Microsoft, would return the whole company to nonprofit status.",
        "nonprofit-control",
        "OpenAI becomes a nonprofit",
    );
    silent("E3", "Mozilla returned the whole company to nonprofit status years ago.");
}

/// b55: "The reset leaves Redmond with first refusal on OpenAI's compute": the right, left with
/// Microsoft; wrong in October 2025, right in January 2025.
#[test]
fn leaving_microsoft_with_first_refusal() {
    contradicts("E4", "The Microsoft–OpenAI reset leaves Redmond with first refusal on OpenAI’s compute.", "rofr", "");
    agrees("C1", "The January change leaves Microsoft with first refusal on OpenAI's new capacity.", "rofr");
}

/// b55: "… changes none of the terms of its OpenAI partnership, under which Azure holds the
/// exclusive right to host OpenAI's technology": a relative after "under" opens its own clause
/// (the "none" before it is the main clause's), and the exclusive right to host is exclusivity.
#[test]
fn under_which_opens_a_clause_and_the_exclusive_right_to_host() {
    contradicts(
        "C2",
        "The deal changes none of the terms of the partnership, under which Azure holds the exclusive right to host OpenAI's technology.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees("E1", "Azure holds the exclusive right to host OpenAI's workloads.", "cloud-exclusivity");
}

/// b55: "Azure API exclusivity … runs on the same 2032 clock as the IP rights": the exclusivity
/// given the licence's horizon.
#[test]
fn exclusivity_on_the_same_year_clock() {
    contradicts(
        "E4",
        "And Azure API exclusivity, the provision founders actually feel, runs on the same 2032 clock as the IP rights.",
        "exclusivity-until",
        "2032",
    );
    silent("E4", "Google's exclusivity runs on the same 2032 clock as its cloud deal.");
}

/// b55: ", full stop" closes a statement ("now sunsets in 2030, full stop"), and "is not out of
/// the question" says something is possible: neither denies anything.
#[test]
fn full_stop_and_not_out_of_the_question_deny_nothing() {
    contradicts("E4", "The revenue share now sunsets in 2030, full stop.", "revenue-share-until", "2030");
    contradicts(
        "E4",
        "Microsoft’s IP rights reach every OpenAI product line, including the consumer devices OpenAI has been hinting at, so a Microsoft-branded device is not out of the question.",
        "consumer-hardware",
        "included",
    );
    agrees("E4", "The revenue share now ends when the panel verifies AGI, full stop.", "revenue-share-until");
}

/// b54: "The revenue-share agreement was scrapped in October in exchange for OpenAI's contract to
/// buy … Azure services": a possessive names a direction of the payments only before them, so
/// "OpenAI's contract" no longer keeps the claim off the sentence.
#[test]
fn a_possessive_before_something_else_is_no_direction_of_the_payments() {
    contradicts(
        "C2",
        "The revenue-share agreement was scrapped in October in exchange for OpenAI’s contract to buy an incremental $250 billion of Azure services.",
        "revenue-share-ended",
        "ended",
    );
    // Microsoft's own payments did end in April 2026.
    silent("E5", "Microsoft's revenue share payments to OpenAI were scrapped in the amendment.");
}

/// b54's headline: "The Microsoft–OpenAI divorce that isn't: OpenAI goes multi-cloud, Microsoft
/// keeps writing revenue-share cheques": a relative's negation before a colon is the heading's,
/// and writing the cheques is paying. "What Microsoft won't do: pay …" keeps its negation.
#[test]
fn writing_the_cheques_after_a_heading_that_negates() {
    contradicts(
        "E5",
        "The Microsoft–OpenAI divorce that isn’t: OpenAI goes multi-cloud, Microsoft keeps writing revenue-share cheques",
        "revenue-flow",
        "",
    );
    agrees("E5", "OpenAI keeps writing revenue-share cheques to Microsoft.", "revenue-flow");
    agrees("E5", "What Microsoft won't do: pay OpenAI a revenue share", "revenue-flow");
}
