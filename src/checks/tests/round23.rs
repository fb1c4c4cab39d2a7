//! Round 23: the blind batch own23/b23 (written by a helper who saw neither the rules nor the
//! other sets' sentences), its two false alarms and the classes of its misses, each with
//! sentences the lead wrote for the class, of both kinds.

use super::*;

/// own23's false alarm: "Microsoft is giving up its right of first refusal on OpenAI's compute"
/// read as Microsoft giving up its stake ("… OpenAI" ended the pattern). A right given up is no
/// stake given up.
#[test]
fn giving_up_a_right_of_first_refusal_is_no_stake_given_up() {
    silent(
        "E4",
        "OpenAI has committed to buy an additional $250 billion of Azure services, and in return Microsoft is giving up its right of first refusal on OpenAI's compute.",
    );
    contradicts("E4", "Microsoft is giving up its stake in OpenAI.", "shareholder", "no stake");
    contradicts("E4", "Microsoft is selling its OpenAI shares.", "shareholder", "no stake");
}

/// b23's false alarm: "That statement also reaffirmed that Azure remained the exclusive cloud
/// provider of stateless OpenAI APIs" (February's statement, in an article of the amendment).
/// "remained" may speak of an earlier stage, where it held.
#[test]
fn remained_may_speak_of_an_earlier_stage() {
    silent(
        "E5",
        "That statement also reaffirmed that Azure remained the exclusive cloud provider of stateless OpenAI APIs.",
    );
    contradicts("E5", "Azure remains the exclusive cloud provider of OpenAI's APIs.", "api-exclusivity", "exclusive");
}

/// "Payments … are now tied to OpenAI's technical progress": the official "independent of
/// OpenAI's technology progress", turned round; "no longer tied" agrees.
#[test]
fn payments_tied_to_technical_progress_contradict_their_independence() {
    contradicts(
        "E5",
        "Payments from OpenAI to Microsoft are now tied to OpenAI's technical progress.",
        "revenue-share-agi",
        "until AGI",
    );
    agrees(
        "E5",
        "Payments from OpenAI to Microsoft are no longer tied to OpenAI's technical progress.",
        "revenue-share-agi",
    );
}

/// "… and would stop the moment an expert panel confirms AGI": a "would" whose condition the
/// clause goes on to state is the term's conditional, not a doubt; an opinion's "would" still is.
#[test]
fn would_before_its_own_condition_is_no_hedge() {
    contradicts(
        "E5",
        "Payments from OpenAI to Microsoft are now tied to OpenAI's technical progress and would stop the moment an expert panel confirms that artificial general intelligence has been reached.",
        "revenue-share-agi",
        "until AGI",
    );
    silent("E5", "Analysts think payments to Microsoft would stop once AGI is declared.");
}

/// "would turn the ChatGPT maker back into a nonprofit"; "handing Microsoft sole rights to host
/// all of OpenAI's new capacity" (January 2025 replaced exclusivity with a right of first refusal).
#[test]
fn turned_back_into_a_nonprofit_and_sole_rights_to_host() {
    contradicts(
        "E3",
        "OpenAI's plan, outlined in a non-binding memorandum with Microsoft, would turn the ChatGPT maker back into a nonprofit.",
        "nonprofit-control",
        "OpenAI becomes a nonprofit",
    );
    contradicts(
        "C1",
        "A January 2025 revision doubled down on exclusivity, handing Microsoft sole rights to host all of OpenAI's new capacity.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees(
        "E2",
        "The 2023 deal kept Azure exclusive, handing Microsoft sole rights to host all of OpenAI's workloads.",
        "cloud-exclusivity",
    );
}

/// own24 (blind after this round): "conceded", "acknowledged", "admitted" report what was said,
/// so the reported "would" of what they introduce is no hedge; French "perdait" (the imperfect)
/// loses as "perd" does.
#[test]
fn a_concession_reports_and_the_french_imperfect_loses() {
    contradicts(
        "C2",
        "February's joint statement, issued after the Amazon deal, conceded that Microsoft's licence to OpenAI's IP would no longer be exclusive.",
        "licence-exclusivity",
        "non-exclusive",
    );
    agrees("C2", "Microsoft acknowledged that its licence remains exclusive.", "licence-exclusivity");
    says_in(
        "C2",
        "Dans leur déclaration commune de février, les deux groupes ont reconnu qu'Azure perdait l'exclusivité des API sans état d'OpenAI.",
        "fr",
        "api-exclusivity",
        "contradicts",
    );
}

/// own24: German "es sei denn, Microsoft will … nicht unterstützen" is not wanting alone (the
/// terms need both "cannot and chooses not to"); "opened OpenAI's research workloads to rival
/// clouds" ended exclusivity, which in 2023 still held.
#[test]
fn german_not_wanting_alone_and_research_workloads_opened_to_rivals() {
    says_in(
        "E5",
        "OpenAI-Produkte erscheinen zuerst auf Azure – es sei denn, Microsoft will die dafür nötigen Fähigkeiten nicht unterstützen.",
        "de",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "OpenAI-Produkte erscheinen zuerst auf Azure, es sei denn, Microsoft kann und will die nötigen Fähigkeiten nicht unterstützen.",
        "de",
        "azure-first-exception",
        "agrees",
    );
    contradicts(
        "E2",
        "The 2023 extension opened OpenAI's research workloads to rival clouds, leaving Azure with exclusivity over the API alone.",
        "cloud-exclusivity",
        "not exclusive",
    );
    agrees("E5", "The amendment opened OpenAI's consumer products to rival clouds.", "cloud-exclusivity");
}

/// b21's held sentence: "the confidential methods used to develop models" is the participle of
/// "use", not the habitual "used to" (which dated the whole clause to an earlier stage, where
/// research IP had no horizon to get wrong). "The companies used to share revenue" stays past.
#[test]
fn methods_used_to_develop_models_are_no_habitual_past() {
    contradicts(
        "E4",
        "Its rights to OpenAI's research, defined as the confidential methods used to develop models and systems, last until the panel verifies AGI or through 2032, whichever comes first.",
        "research-ip-until",
        "",
    );
    silent("E5", "The companies used to share revenue both ways.");
}

/// own24-ko-005: Korean "지분율은 약 17%" in the clause after Microsoft's stake; another company's
/// share ("소프트뱅크의 지분율") is no claim of Microsoft's.
#[test]
fn korean_stake_ratio_after_microsofts_stake_is_its_percentage() {
    says_in(
        "E4",
        "마이크로소프트가 보유한 오픈AI 지분의 가치는 약 1,350억 달러로, 지분율은 약 17% 수준이다.",
        "ko",
        "stake-percent",
        "contradicts",
    );
    says_in(
        "E4",
        "마이크로소프트가 보유한 오픈AI 지분의 가치는 약 1,350억 달러로, 지분율은 약 27% 수준이다.",
        "ko",
        "stake-percent",
        "agrees",
    );
    silent_in("E4", "소프트뱅크의 지분율은 약 11%이며, 마이크로소프트는 주요 주주로 남는다.", "ko");
}

/// own22-en-013: OpenAI that "will still need Microsoft's sign-off before putting its products on
/// Google Cloud" after the amendment, which lets it serve any cloud; "no longer needs" is no
/// contradiction.
#[test]
fn a_sign_off_needed_before_rival_clouds_is_exclusivity() {
    contradicts(
        "E5",
        "OpenAI will still need Microsoft's sign-off before putting its products on Google Cloud or AWS, analysts at one brokerage wrote in a note.",
        "cloud-exclusivity",
        "exclusive",
    );
    silent("E5", "OpenAI no longer needs Microsoft's approval before putting its products on Google Cloud.");
}

/// own23-en-026: what an agreement "was set to" do is its term, not a forecast; a party that
/// "was set to announce" something stays a guess.
#[test]
fn what_an_agreement_was_set_to_do_is_its_term() {
    contradicts(
        "E4",
        "In October's definitive agreement the revenue share was set to expire in 2030, whatever happened on the AGI front.",
        "revenue-share-until",
        "",
    );
    agrees(
        "E4",
        "Under the deal, the revenue share was set to run until the panel verifies AGI.",
        "revenue-share-until",
    );
    silent("E4", "Microsoft was set to announce a new deal in 2030.");
}
