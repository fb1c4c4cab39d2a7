//! Round 21: classes read from the blind batch own21/b21 (written by a helper who saw neither
//! the rules nor the coverage), each with sentences the lead wrote for the class, of both kinds.

use super::*;

/// "Microsoft itself will get to verify the claim": Microsoft as the verifier of OpenAI's
/// declaration, with the modal stretched ("get to", "be the one to"), contradicts the panel.
/// A claim to verify that is not AGI's is no claim of it.
#[test]
fn microsoft_getting_to_verify_the_declaration_contradicts_the_panel() {
    for text in [
        "Microsoft itself will get to verify the AGI claim.",
        "If OpenAI declares AGI, Microsoft itself will get to verify the claim.",
        "Once OpenAI declares AGI, Microsoft will be the one to verify that declaration.",
    ] {
        contradicts("E4", text, "agi-verification", "Microsoft decides");
    }
    silent("E4", "OpenAI says its revenue doubled; Microsoft will get to verify the claim in an audit.");
    agrees(
        "E4",
        "Once OpenAI declares AGI, an independent expert panel will verify the declaration.",
        "agi-verification",
    );
}

/// Research IP runs "until AGI is verified or through 2030": a sentence that gives another year
/// beside AGI ("until 2032 or until AGI is verified") has the year wrong, whichever side of
/// AGI it stands.
#[test]
fn research_ip_with_another_year_beside_agi_contradicts_its_horizon() {
    for text in [
        "Microsoft's access to OpenAI's research — the confidential methods used to build its models — lasts until 2032 or until AGI is verified.",
        "Microsoft's IP rights to research will remain until either the expert panel verifies AGI or through 2032, whichever is first.",
        "Its rights to OpenAI's research last until the panel verifies AGI or through 2032, whichever comes first.",
    ] {
        contradicts("E4", text, "research-ip-until", "");
    }
    agrees("E4", "Microsoft's research IP rights last until 2030 or until AGI is verified.", "research-ip-until");
    agrees(
        "E4",
        "Microsoft's research IP rights last until the panel verifies AGI or through 2030, whichever is first.",
        "research-ip-until",
    );
}

/// ", a potential boost for its Surface unit": a hedge in a noun phrase after the claim's comma
/// weighs what the claim means, not whether it holds.
#[test]
fn a_hedge_in_a_trailing_appositive_does_not_doubt_the_claim() {
    contradicts(
        "E4",
        "OpenAI's planned consumer devices will also fall under Microsoft's IP rights, a potential boost for its Surface unit.",
        "consumer-hardware",
        "included",
    );
    agrees("E4", "Microsoft will keep paying OpenAI a revenue share, a possible sign of goodwill.", "revenue-flow");
    // A hedge of the claim itself still doubts it.
    silent("E4", "OpenAI's consumer devices may fall under Microsoft's IP rights, a boost for its Surface unit.");
}

/// "dejaba de ser exclusiva", "ont mis fin à", "a pris fin", "a cédé la place à": past forms
/// of the verbs that end something are negations as their present forms are (the Spanish
/// sentence read "exclusive" and agreed with the term it denies).
#[test]
fn past_forms_of_ending_verbs_negate_in_spanish_and_french() {
    says_in(
        "C2",
        "Tras el acuerdo de OpenAI con Amazon, ambas empresas anunciaron que la licencia de Microsoft dejaba de ser exclusiva.",
        "es",
        "licence-exclusivity",
        "contradicts",
    );
    says_in(
        "E2",
        "En 2023, Microsoft et OpenAI ont mis fin à l'exclusivité d'Azure pour les travaux de recherche d'OpenAI.",
        "fr",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in("E5", "L'exclusivité d'Azure pour les API sans état a pris fin.", "fr", "api-exclusivity", "agrees");
    says_in(
        "C1",
        "En janvier 2025, l'exclusivité d'Azure a cédé la place à un droit de premier refus sur les nouvelles capacités.",
        "fr",
        "cloud-exclusivity",
        "agrees",
    );
    silent_in(
        "C1",
        "Puis, en janvier 2025, le remplacement de l'exclusivité d'Azure par un droit de premier refus sur les nouvelles capacités.",
        "fr",
    );
}

/// "Microsoft keeps the right of first refusal … that it obtained in January": the relative
/// clause's time dates the obtaining, not the keeping, which speaks of the article's stage.
#[test]
fn a_time_in_a_relative_clause_dates_only_that_clause() {
    contradicts(
        "E4",
        "In return, Microsoft keeps the right of first refusal to be OpenAI's compute provider that it obtained in January.",
        "rofr",
        "right of first refusal",
    );
    agrees(
        "C1",
        "Microsoft now holds the right of first refusal to be OpenAI's compute provider that it negotiated in January.",
        "rofr",
    );
}

/// "which has now put some $135 billion of its own cash into the start-up": the $135 billion is
/// the stake's value, not money invested, however the putting is phrased.
#[test]
fn money_put_into_openai_is_no_stake_value() {
    contradicts(
        "E4",
        "That makes the software giant, which has now put some $135 billion of its own cash into the start-up, by far its largest outside backer.",
        "what-135-billion-is",
        "money invested",
    );
    agrees(
        "E4",
        "Microsoft's stake, which was valued at $135 billion, makes it the largest backer.",
        "what-135-billion-is",
    );
}

/// German "Rechte an Modellen und Produkten" without an article names the licence too.
#[test]
fn german_rights_to_models_and_products_name_the_licence() {
    says_in(
        "C2",
        "Die Rechte an Modellen und Produkten reichen dagegen nur bis 2030.",
        "de",
        "licence-until",
        "contradicts",
    );
    says_in("E5", "Die Rechte an Modellen und Produkten reichen bis 2032.", "de", "licence-until", "agrees");
}
