//! Round 29: the blind English articles b35 and b36, written by helpers who saw neither the
//! rules nor the other sets' sentences. Their false alarms and the classes of their misses, each
//! with sentences the lead wrote for the class, of both kinds.

use super::*;

/// b35's and b36's false alarm: "Anthropic trains on …, and in November 2025 it agreed to buy $30
/// billion of Azure capacity" read Anthropic's purchase as OpenAI's $250 billion commitment. A
/// pronoun after "and" and a short time frame speaks of the clause before's subject, and another
/// company's purchase of Azure is no term of this deal.
#[test]
fn another_companys_azure_purchase_behind_a_pronoun_is_not_openais_commitment() {
    silent(
        "E5",
        "Anthropic trains on Google's TPUs and Amazon's Trainium chips, and in November 2025 it agreed to buy $30 billion of Azure capacity, with Microsoft pledging to invest up to $5 billion in the company.",
    );
    silent("E5", "CoreWeave rents out Nvidia chips, and last year it agreed to buy $12 billion of Azure services.");
    silent("E5", "Anthropic agreed in November to buy $30 billion of Azure capacity.");
    // OpenAI's own purchase, behind the same frame, is still read.
    contradicts(
        "E5",
        "OpenAI signed the definitive agreement in October, and in the same breath it agreed to buy $300 billion of Azure services.",
        "azure-commitment",
        "",
    );
    contradicts(
        "E5",
        "OpenAI trains on many clouds, and in October 2025 it agreed to buy $100 billion of Azure services.",
        "azure-commitment",
        "",
    );
}

/// b36's miss: "What Microsoft really kept is the licence to OpenAI's models, and that expires in
/// 2030 alongside the payments". A pronoun ("it", "that") before a verb of ending speaks of the
/// term named before it, not of the company: companies do not expire.
#[test]
fn a_pronoun_before_a_verb_of_ending_speaks_of_the_term_before_it() {
    contradicts("E5", "Microsoft kept its licence, and it expires in 2030.", "licence-until", "2030");
    contradicts(
        "E5",
        "“What Microsoft really kept is the licence to OpenAI's models, and that expires in 2030 alongside the payments,” she said.",
        "licence-until",
        "2030",
    );
    agrees("E5", "Microsoft keeps a licence to OpenAI's models, and it runs through 2032.", "licence-until");
    agrees("E5", "OpenAI pays Microsoft a revenue share, and it runs through 2030.", "revenue-share-until");
    // A verb that is no ending keeps the subject: Microsoft, not its licence, became a shareholder.
    silent("E5", "Microsoft kept its licence, and it remains a major shareholder.");
    // "that" before anything but a verb of ending is no pronoun.
    silent("E5", "Microsoft kept its licence, and that is what investors wanted through 2030.");
}

/// b36's miss: "Azure's API exclusivity is the first to expire: barring an earlier verified AGI,
/// it runs out at the end of the decade". A colon before a pronoun and its verb (after a short
/// frame) parts two clauses, and the pronoun speaks of the subject before the colon.
#[test]
fn a_pronoun_after_a_colon_speaks_of_the_subject_before_it() {
    contradicts(
        "C2",
        "Azure's API exclusivity is the first to expire: barring an earlier verified AGI, it runs out at the end of the decade.",
        "exclusivity-until",
        "",
    );
    contradicts(
        "C2",
        "Azure's API exclusivity is the first to expire: it runs out in 2030.",
        "exclusivity-until",
        "2030",
    );
    agrees(
        "C2",
        "Azure's API exclusivity is safe for now: it lasts until the expert panel verifies AGI.",
        "exclusivity-until",
    );
    // A colon before a list joins one clause still.
    contradicts("E5", "OpenAI's payments to Microsoft have one end date: 2032.", "revenue-share-until", "2032");
}

/// "… expires in 2030 alongside the payments": a comparison right after the match ("alongside",
/// "in step with") names a yardstick, not the clause's subject, with or without a comma.
#[test]
fn a_comparison_right_after_the_match_does_not_block_it() {
    contradicts("E5", "The licence expires in 2030 alongside the payments.", "licence-until", "2030");
    agrees("E5", "Microsoft's licence runs through 2032 in step with its IP rights.", "licence-until");
    agrees("E5", "OpenAI's payments end in 2030 alongside the cap.", "revenue-share-until");
}

/// The English twin of own34-es-026's false alarm: "API ones will be exclusive to Azure and the
/// rest can be served on any cloud" read the other products' "any cloud" as the APIs'. With no
/// comma, "and the rest" (or "everything else") before a verb opens a clause of its own when the
/// words before it had a verb.
#[test]
fn the_rest_on_any_cloud_after_and_is_not_the_apis() {
    silent(
        "E4",
        "Products OpenAI builds with third parties are split: API ones will be exclusive to Azure and the rest can be served on any cloud.",
    );
    agrees("E4", "API products stay exclusive to Azure and everything else can run on any cloud.", "api-exclusivity");
    // In April 2026 every product may go anywhere: APIs kept on Azure are wrong then.
    contradicts(
        "E5",
        "API products stay exclusive to Azure and everything else can run on any cloud.",
        "api-exclusivity",
        "",
    );
    // One predicate shared by both ("its API and everything else must …") stays one clause.
    contradicts(
        "E4",
        "OpenAI's APIs are no longer exclusive and the rest can run on any cloud.",
        "api-exclusivity",
        "",
    );
}

/// b35's miss: "the nonprofit swaps its control of the company for a very large pile of shares"
/// was read as the nonprofit keeping control ("control" near "nonprofit"). Swapping, trading or
/// ceding its control gives it up.
#[test]
fn a_nonprofit_that_swaps_its_control_gives_it_up() {
    contradicts(
        "E3",
        "Translation, as I read it: the nonprofit swaps its control of the company for a very large pile of shares, and the PBC gets to run itself.",
        "nonprofit-control",
        "no nonprofit control",
    );
    contradicts(
        "E3",
        "Under the plan the nonprofit would cede its control to outside investors.",
        "nonprofit-control",
        "",
    );
    contradicts(
        "E3",
        "The foundation trades its control for a stake worth more than $100 billion.",
        "nonprofit-control",
        "",
    );
    agrees("E3", "The nonprofit keeps control of the new public benefit corporation.", "nonprofit-control");
    agrees(
        "E3",
        "The nonprofit would keep its control and gain a stake worth more than $100 billion.",
        "nonprofit-control",
    );
}

/// b35's miss: "the deal everybody still calls 'the ten billion', which was a one-off $10 billion
/// cheque written in a single go": a sum paid at once says the 2023 investment was no multiyear one.
#[test]
fn a_one_off_sum_paid_in_a_single_go_is_no_multiyear_investment() {
    contradicts(
        "E3",
        "Then came January 2023 and the deal everybody still calls \"the ten billion,\" which was a one-off $10 billion cheque written in a single go.",
        "investment-span",
        "one-time",
    );
    contradicts(
        "E5",
        "In 2023 Microsoft sent a lump-sum $10 billion payment to OpenAI all at once.",
        "investment-span",
        "",
    );
    // A sum with no word of paying it at once says nothing of the span.
    silent("E5", "In January 2023 Microsoft wrote a $10 billion cheque, the largest of its bets on OpenAI.");
    // Another company's one-off cheque is another deal.
    silent("E5", "In 2023 Amazon wrote a one-off $4 billion cheque to Anthropic in a single go.");
}

/// b36's miss: "Azure is still the exclusive home for OpenAI's products": after April 2026 OpenAI
/// may serve all its products on any cloud.
#[test]
fn azure_as_the_exclusive_home_for_openais_products_is_exclusivity() {
    contradicts(
        "E5",
        "“Azure is still the exclusive home for OpenAI's products, so every new customer OpenAI signs ends up on Microsoft's meter,” said Tomasz Wieczorek, a software analyst at Brandt Securities.",
        "cloud-exclusivity",
        "exclusive",
    );
    contradicts("E5", "Microsoft remains the sole host for all of OpenAI's models.", "cloud-exclusivity", "");
    agrees("E2", "Azure remains the exclusive home for OpenAI's products.", "cloud-exclusivity");
    silent("E5", "Azure is the exclusive home for Microsoft's own MAI models.");
}

/// b36's miss: "That began to loosen in early 2024, when exclusivity was swapped for a right of
/// first refusal": a date before a "when" clause dates the swap, and "early 2024" is 2024.
#[test]
fn a_date_before_a_when_clause_dates_the_swap_for_a_right_of_first_refusal() {
    contradicts(
        "E5",
        "That began to loosen in early 2024, when exclusivity was swapped for a right of first refusal on new capacity, and last October Microsoft gave up even that.",
        "exclusivity-end-date",
        "2024",
    );
    contradicts(
        "E5",
        "That began to loosen in late 2023, when exclusivity was replaced by a right of first refusal.",
        "exclusivity-end-date",
        "2023",
    );
    agrees(
        "E5",
        "That began to loosen in January 2025, when exclusivity was swapped for a right of first refusal.",
        "exclusivity-end-date",
    );
    // Not yet: where ", when" parts two clauses ("It started in March 2024, when …"), the clause
    // after it is dated by the month but a date claim needs the date in its own words.
    agrees("E5", "Azure's exclusivity was swapped for a right of first refusal in early 2025.", "exclusivity-end-date");
}

/// b35's miss: "a joint statement acknowledging that the October terms had been loosened to make
/// room for AWS": February's statement said the Amazon deal changed nothing; the passive ("had
/// been loosened") after what the statement acknowledged says it changed them.
#[test]
fn a_statement_acknowledging_the_october_terms_had_been_loosened_says_they_changed() {
    contradicts(
        "C2",
        "When OpenAI struck a deal with Amazon, the two companies issued a joint statement acknowledging that the October terms had been loosened to make room for AWS.",
        "amazon-terms",
        "changed",
    );
    contradicts(
        "E5",
        "February's joint statement confirmed that the October agreement had been revised for Amazon.",
        "amazon-terms",
        "",
    );
    silent("C2", "The joint statement said that the October terms were unchanged.");
}

/// b35's and b36's misses: "the MOU pins down the big commercial stuff" and "a $300 billion Azure
/// purchase pledge the two sides had set out in September's memorandum": the memorandum disclosed
/// no commercial terms, so a term said to be pinned down or set out in it contradicts that.
#[test]
fn a_term_said_to_be_set_out_in_the_memorandum_contradicts_its_lack_of_terms() {
    contradicts(
        "E3",
        "And honestly the leaves are pretty legible: the MOU pins down the big commercial stuff — the revenue split, the cloud arrangement, Microsoft's slice — so what's left is mostly lawyers arguing over commas.",
        "mou-terms",
        "commercial terms",
    );
    contradicts(
        "E5",
        "That commitment, a quarter of a trillion dollars, came on top of a $300 billion Azure purchase pledge the two sides had set out in September's memorandum of understanding.",
        "mou-terms",
        "",
    );
    contradicts("E4", "The 20% revenue share was locked in in the memorandum, analysts said.", "mou-terms", "");
    // The memorandum's one official content, and a memorandum that set nothing, contradict nothing.
    silent("E3", "The nonprofit's stake of more than $100 billion was set out in the memorandum.");
    silent("E3", "The memorandum leaves the commercial details for later.");
    silent("E3", "The MOU pins down no commercial terms at all.");
}

/// b35's miss: "when the companies disclosed a $10 billion investment that kept Azure as the
/// exclusive cloud" left the disclosure unread: "Azure" and "cloud" block the claim, but they stand
/// in a relative clause after the match that says more of its noun.
#[test]
fn words_in_a_relative_clause_after_the_match_do_not_block_it() {
    contradicts(
        "E4",
        "It deepened in January 2023, when the companies disclosed a $10 billion investment that kept Azure as the exclusive cloud for all of OpenAI's research, API and product workloads.",
        "investment-disclosed",
        "",
    );
    // The blocking word in the clause's own predicate still blocks.
    silent("E4", "In January 2023 the companies disclosed a $10 billion Azure compute contract.");
}

/// b39's false alarm: "By the end of the decade, OpenAI's payments to Microsoft stop" read "stop"
/// as a denial of the payments. A time opening the clause says when the end verb comes.
#[test]
fn a_time_opening_the_clause_makes_stop_an_end_not_a_denial() {
    silent(
        "E5",
        "By the end of the decade, OpenAI’s payments to Microsoft stop; two years after that, Microsoft’s license lapses too.",
    );
    silent("E5", "By 2030, OpenAI's payments to Microsoft stop.");
    // Without a time, payments that stop are denied: at April 2026 they continue.
    contradicts("E5", "OpenAI's payments to Microsoft stop.", "revenue-flow", "");
}

/// b39's false alarm: "Two years later came what both companies called the third phase … The
/// announcement said Azure would remain the exclusive cloud provider for all OpenAI workloads"
/// read the announcement at the article's stage (April 2026). A sentence that points back to the
/// event told before it ("The announcement …", "Under that deal …") speaks of that event's time.
#[test]
fn a_sentence_pointing_back_to_an_event_told_before_speaks_of_its_time() {
    silent(
        "E5",
        "Two years later came what both companies called the third phase: a “multiyear, multibillion dollar investment.” ChatGPT had turned OpenAI into a household name more or less overnight. The announcement said Azure would remain the exclusive cloud provider for all OpenAI workloads across research, API and products.",
    );
    // The same words about the third phase's announcement, wrong for its time, still contradict.
    contradicts(
        "E5",
        "Then came the third phase. The announcement said Azure would no longer be OpenAI's exclusive cloud provider.",
        "cloud-exclusivity",
        "",
    );
    // Without an event told before, the sentence is read at the stage.
    contradicts(
        "E5",
        "The announcement said Azure would remain the exclusive cloud provider for all OpenAI workloads across research, API and products.",
        "api-exclusivity",
        "",
    );
}

/// b39's false alarm: "Four months on, in late February, OpenAI signed a big cloud deal with
/// Amazon, and the two partners rushed out a joint statement … Azure, they said, remained the
/// exclusive cloud provider of stateless OpenAI APIs, and Microsoft maintained its exclusive
/// license." The reported statement speaks of late February's time (the licence was exclusive
/// then), a month with no year told in the sentence before.
#[test]
fn a_statement_reported_after_a_month_told_before_speaks_of_that_month() {
    silent(
        "E5",
        "Four months on, in late February, OpenAI signed a big cloud deal with Amazon, and the two partners rushed out a joint statement. Azure, they said, remained the exclusive cloud provider of stateless OpenAI APIs, and Microsoft maintained its exclusive license.",
    );
    // Nothing told before: the exclusive licence is judged at the amendment, where it is not.
    contradicts(
        "E5",
        "Azure, they said, remained the exclusive cloud provider of stateless OpenAI APIs, and Microsoft maintained its exclusive license.",
        "licence-exclusivity",
        "",
    );
}
