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
