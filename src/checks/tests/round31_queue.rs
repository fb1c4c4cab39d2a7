//! Round 31 (queue31): a shorter review queue that still holds what the checks miss (issue 13).
//! Each test is named after the class of sentences it narrows, with a sentence no longer listed
//! and a sentence of the same shape that must stay in front of the editor (listed, or found).

use super::*;

/// Whether the checks find a contradiction in `text` at `event`'s stage or the review queue lists
/// it: a sentence that must not be lost.
fn kept(event: &str, text: &str, lang: &str) -> bool {
    let (terms, checker) = &*RULES;
    let date = terms.event(event).expect("event").date;
    let blocks = [Block::prose(0, text)];
    let found = check_blocks(checker, terms, &blocks, date, Some(lang));
    let judged: Vec<_> = found.iter().map(|f| review::Judged::of(checker, f)).collect();
    found.iter().any(|f| !f.agrees)
        || !review::queue(checker, terms, &blocks, date, Some(lang), &judged, &[]).is_empty()
}

#[track_caller]
fn listed_none(event: &str, text: &str) {
    assert_eq!(listed_in(event, text, "en"), 0, "listed: {text}");
}

#[track_caller]
fn still_kept(event: &str, text: &str) {
    assert!(kept(event, text, "en"), "neither found nor listed: {text}");
}

/// The official wording of a term in force, restated word for word, with at most an attribution
/// beside it ("…, the companies said", "according to people familiar with the terms"): it says
/// what the terms say. A word that changes it ("or" for "and", "only", "but"), a subject it does
/// not name ("It lasts …"), another party as its subject, or a term no longer in force keeps the
/// sentence in front of the editor.
#[test]
fn restated_official_wording() {
    listed_none(
        "E5",
        "Microsoft remains OpenAI's primary cloud partner, and OpenAI products will ship first on Azure unless Microsoft cannot and chooses not to support the necessary capabilities, the companies said.",
    );
    listed_none(
        "E4",
        "OpenAI can also provide API access to US government national security customers, regardless of the cloud provider.",
    );
    listed_none(
        "E4",
        "OpenAI remains Microsoft's frontier model partner, and Microsoft keeps exclusive IP rights and Azure API exclusivity until artificial general intelligence arrives.",
    );
    listed_none("C2", "Azure remains the exclusive cloud provider of stateless OpenAI APIs, the joint statement said.");
    // A word that changes the term: an alternative, a restriction, a reservation.
    still_kept(
        "E5",
        "Microsoft remains OpenAI's primary cloud partner, and OpenAI products will ship first on Azure unless Microsoft cannot or chooses not to support the necessary capabilities.",
    );
    still_kept(
        "E4",
        "OpenAI may now provide API access to US government national security customers, but only when those workloads run on Azure.",
    );
    still_kept(
        "E4",
        "The company can now jointly develop some products with third parties, although products it builds with partners must run on Azure, whether or not they are API products.",
    );
    // A subject the sentence does not name, or the other party's.
    still_kept("E4", "It lasts until the expert panel verifies AGI or through 2030, whichever comes first.");
    still_kept("E4", "OpenAI can now independently pursue AGI alone or in partnership with third parties.");
    // A term no longer in force: February's stateless-API exclusivity, read in April's coverage.
    still_kept("E5", "Azure remains the exclusive cloud provider of stateless OpenAI APIs, the joint statement said.");
    // Another term's subject beside the quoted words.
    still_kept(
        "E4",
        "Microsoft can now independently pursue AGI alone or in partnership with third parties, and its stake is 49 percent.",
    );
}
