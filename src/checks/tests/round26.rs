//! Round 26: the blind batch own27/b27 (written by a helper who saw neither the rules nor the
//! other sets' sentences), its false alarm and the classes of its misses, each with sentences
//! the lead wrote for the class, of both kinds.

use super::*;

/// own27's false alarm: "The definitive agreement supersedes the non-binding memorandum" read
/// "supersedes" as denying "non-binding". What replaced a memorandum says nothing of whether it
/// bound.
#[test]
fn superseding_a_non_binding_memorandum_does_not_make_it_binding() {
    silent(
        "E4",
        "The definitive agreement supersedes the non-binding memorandum the two companies signed in September.",
    );
    contradicts("E4", "The memorandum the two companies signed in September was binding.", "mou-binding", "binding");
}

/// own21's and own27's misses: "Should OpenAI declare AGI, Microsoft itself will get to verify
/// the claim": an inverted "if" states the term's condition, it is no doubt; a plain "should"
/// still is.
#[test]
fn an_inverted_should_is_a_condition_not_a_hedge() {
    contradicts(
        "E4",
        "Should OpenAI declare that it has reached AGI, Microsoft itself will get to verify the claim.",
        "agi-verification",
        "Microsoft decides",
    );
    agrees("E4", "Should OpenAI declare AGI, an expert panel will verify the claim.", "agi-verification");
    silent("E4", "Microsoft should get to verify any AGI claim itself, analysts say.");
}

/// own27's misses: Microsoft that "picks up a right of first refusal" (E4 ended it), research
/// "free to run on whichever cloud" in 2023 (all workloads were on Azure), and Microsoft that
/// "gives up its place as a major shareholder" (it continues as one).
#[test]
fn more_phrasings_of_the_right_of_first_refusal_the_cloud_and_the_stake() {
    contradicts(
        "E4",
        "OpenAI agreed to buy another $250 billion of Azure services, while Microsoft picks up a right of first refusal over its future compute needs.",
        "rofr",
        "right of first refusal",
    );
    contradicts(
        "E2",
        "The third phase leaves OpenAI's research workloads free to run on whichever cloud the lab prefers.",
        "cloud-exclusivity",
        "not exclusive",
    );
    contradicts(
        "E5",
        "Under Monday's amendment Microsoft gives up its place as a major shareholder in return for the payment cap.",
        "shareholder",
        "no stake",
    );
    agrees("E5", "Microsoft continues to participate in OpenAI's growth as a major shareholder.", "shareholder");
    contradicts("E5", "Azure lost its exclusivity in 2023.", "cloud-exclusivity", "not exclusive");
}

/// own26's Spanish and German misses: "ha perdido la exclusividad" (Spanish "perdido" denies, as
/// "perdió" did); a German object before its verb ("ein Vorrecht … hat Microsoft nicht mehr");
/// OpenAI "als gemeinnützige Organisation geführt" (it does not become a nonprofit).
#[test]
fn spanish_perdido_and_german_object_first_and_nonprofit_forms() {
    says_in(
        "C2",
        "Tras el acuerdo con Amazon, Microsoft ha perdido la exclusividad sobre las API sin estado de OpenAI.",
        "es",
        "api-exclusivity",
        "contradicts",
    );
    says_in(
        "C2",
        "Azure conserva la exclusividad sobre las API sin estado de OpenAI.",
        "es",
        "api-exclusivity",
        "agrees",
    );
    says_in(
        "C1",
        "Seit Januar 2025 ist Azure nicht mehr exklusiv; ein Vorrecht bei neuer Rechenkapazität hat Microsoft seither nicht mehr.",
        "de",
        "rofr",
        "contradicts",
    );
    says_in("C1", "Ein Vorrecht bei neuer Rechenkapazität hat Microsoft seit Januar.", "de", "rofr", "agrees");
    says_in(
        "E3",
        "Laut der Absichtserklärung soll OpenAI künftig vollständig als gemeinnützige Organisation geführt werden.",
        "de",
        "nonprofit-control",
        "contradicts",
    );
    silent_in("E3", "Die gemeinnützige Organisation soll die Kontrolle über OpenAI behalten.", "de");
}
