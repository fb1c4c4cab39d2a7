//! Round 22: the blind batch own22/b22 (written by a helper who saw neither the rules nor the
//! other sets' sentences), its two false alarms and the classes of its misses, each with
//! sentences the lead wrote for the class, of both kinds.

use super::*;

/// b22's false alarm: "The amended agreement … replaces key parts of the definitive agreement the
/// two signed in October 2025" read October 2025 as the amendment's date. A date after another
/// event's name dates that event.
#[test]
fn a_date_after_another_events_name_dates_that_event() {
    agrees(
        "E5",
        "The amended agreement, set out on Monday in posts on both companies' blogs, replaces key parts of the definitive agreement the two signed in October 2025.",
        "definitive-date",
    );
    contradicts(
        "E5",
        "The amended agreement, announced in October 2025, replaces the definitive agreement.",
        "amendment-date",
        "",
    );
}

/// b22's other false alarm: "research rights … end either when the panel verifies AGI" read the
/// ending as a denial of the panel. "either" stands where "only" did.
#[test]
fn rights_ending_either_when_the_panel_verifies_agi_keep_the_panel() {
    silent(
        "E4",
        "Its rights to OpenAI's research — the confidential methods used to develop models and systems — end either when the panel verifies AGI or in 2030, whichever comes first.",
    );
    contradicts("E4", "OpenAI alone will verify AGI, with no panel involved.", "agi-verification", "");
}

/// "— 32.5 per cent on an as-converted diluted basis —": a figure with its basis between dashes
/// or brackets restates the noun's value, and the basis names the official 27 percent's.
#[test]
fn a_figure_with_its_basis_between_dashes_reads_with_its_clause() {
    contradicts(
        "E4",
        "Microsoft's holding amounts to nearly a third of the recapitalised company — 32.5 per cent on an as-converted diluted basis — the companies said.",
        "stake-percent-valued",
        "",
    );
    agrees(
        "E4",
        "Microsoft's holding is worth about $135 billion — roughly 27 percent on an as-converted diluted basis — the companies said.",
        "stake-percent-valued",
    );
    // Words that place the figure before the rounds keep it unread.
    silent("E4", "Microsoft holds a stake (32.5 percent before the recent funding rounds) in the company.");
}

/// "unless Microsoft either cannot or does not wish to support …": "does not wish to" declines as
/// "chooses not to" does.
#[test]
fn not_wishing_to_support_is_choosing_not_to() {
    contradicts(
        "E5",
        "New OpenAI products will debut on Azure first unless Microsoft either cannot or does not wish to support the required capabilities.",
        "azure-first-exception",
        "cannot or chooses not to",
    );
    agrees(
        "E5",
        "New OpenAI products will debut on Azure first unless Microsoft both cannot and does not wish to support the required capabilities.",
        "azure-first-exception",
    );
}

/// "the only cloud on which OpenAI may sell access to its API": a "may" under a restriction named
/// before it is a permission, not a guess.
#[test]
fn may_under_an_only_before_it_is_a_permission() {
    contradicts(
        "E5",
        "The amendment leaves Azure as the only cloud on which OpenAI may sell access to its API.",
        "api-exclusivity",
        "exclusive",
    );
    silent("E5", "Only Azure, analysts say, may one day host OpenAI's API.");
}

/// "OpenAI would be turned back into a nonprofit": the plan's nonprofit controls a public benefit
/// corporation; OpenAI does not become one.
#[test]
fn openai_turned_back_into_a_nonprofit_contradicts_the_plan() {
    contradicts(
        "E3",
        "Under the plan, OpenAI would be turned back into a nonprofit, which would in turn hold a stake worth more than $100 billion.",
        "nonprofit-control",
        "OpenAI becomes a nonprofit",
    );
    agrees(
        "E3",
        "Under the plan, OpenAI's nonprofit would keep control of a public benefit corporation.",
        "nonprofit-control",
    );
}

/// "on top of remaining its exclusive cloud provider": the provider's gerund, with its subject
/// earlier in the sentence.
#[test]
fn remaining_its_exclusive_cloud_provider_is_exclusivity() {
    contradicts(
        "C1",
        "Microsoft keeps its Azure deal with OpenAI, on top of remaining its exclusive cloud provider.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees(
        "E2",
        "Microsoft keeps investing in OpenAI, on top of remaining its exclusive cloud provider.",
        "cloud-exclusivity",
    );
}
