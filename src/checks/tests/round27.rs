//! Round 27: the blind batches own28/b28 (English), b29 (Portuguese, French, Chinese, Korean
//! articles) and own30/b30 (Spanish, German, Japanese articles; Korean and Portuguese sets),
//! written by helpers who saw neither the rules nor the other sets' sentences. Their two false
//! alarms and the classes of their misses, each with sentences the lead wrote for the class, of
//! both kinds.

use super::*;

/// b30's false alarm: "Die Partnerschaft reicht bis 2019 zurück, als Microsoft … in das
/// Forschungslabor investierte" read "Forschungslabor" as research IP and "bis 2019" as its end.
/// "bis … zurück" looks back; a lab is no research IP.
#[test]
fn german_bis_2019_zurueck_in_a_research_lab_is_no_research_ip_end() {
    silent_in(
        "E4",
        "Die Partnerschaft reicht bis 2019 zurück, als Microsoft eine Milliarde Dollar in das damals kaum bekannte Forschungslabor steckte.",
        "de",
    );
    says_in("E4", "Die Rechte an OpenAIs Forschung gelten bis 2028.", "de", "research-ip-until", "contradicts");
}

/// b28's false alarm: "with API products built that way remaining exclusive to Azure" (built with
/// third parties) read as OpenAI's APIs not being exclusive. It is the third-party term, stated
/// right; and Microsoft barred from pursuing AGI "with other partners" is no third-party term.
#[test]
fn api_products_built_that_way_are_the_third_party_term() {
    agrees(
        "E4",
        "It can also develop some products jointly with third parties, with API products built that way remaining exclusive to Azure and others free to run on any cloud.",
        "third-party-api",
    );
    contradicts(
        "E4",
        "OpenAI may co-develop products with partners, with API products developed that way free to run on Google Cloud.",
        "third-party-api",
        "any cloud",
    );
    let r = read("E4", "Microsoft, for its part, is still barred from pursuing AGI alone or with other partners.");
    assert!(r.iter().any(|(c, v, _)| c == "microsoft-agi" && *v == "contradicts"), "{r:?}");
    assert!(r.iter().all(|(c, _, _)| c != "third-party-development"), "{r:?}");
}

/// own28's and b29's misses: a date stays the event's whatever became of what it dated ("the
/// right of first refusal that Microsoft secured in January 2024 is gone"), the verb before the
/// right, and the end of Azure's exclusivity dated in French, Portuguese and Spanish.
#[test]
fn a_date_is_read_whatever_became_of_what_it_dated() {
    contradicts(
        "E4",
        "The right of first refusal that Microsoft won in January 2024 is gone under the new deal.",
        "rofr-date",
        "",
    );
    contradicts("E5", "Microsoft obtained its right of first refusal in March 2023.", "rofr-date", "");
    agrees("E4", "The right of first refusal Microsoft secured in January 2025 is gone.", "rofr-date");
    says_in(
        "E5",
        "Cette exclusivité avait été remplacée en janvier 2024 par un droit de premier refus.",
        "fr",
        "exclusivity-end-date",
        "contradicts",
    );
    says_in(
        "E5",
        "Foi em janeiro de 2024 que o Azure perdeu a exclusividade de nuvem.",
        "pt",
        "exclusivity-end-date",
        "contradicts",
    );
    says_in(
        "E5",
        "La exclusividad de Azure terminó en enero de 2025, sustituida por un derecho de tanteo.",
        "es",
        "exclusivity-end-date",
        "agrees",
    );
}

/// What was replaced is denied, its replacement stated, in French, Spanish, Portuguese and
/// German as in English: "L'exclusivité d'Azure a été remplacée … par un droit de premier
/// refus" says Azure is no longer exclusive and that the right exists.
#[test]
fn replaced_by_in_other_languages_denies_only_what_was_replaced() {
    silent_in("C1", "L'exclusivité d'Azure a été remplacée en janvier 2025 par un droit de premier refus.", "fr");
    says_in(
        "C1",
        "L'exclusivité d'Azure a été remplacée en janvier 2025 par un droit de premier refus.",
        "fr",
        "rofr",
        "agrees",
    );
    silent_in("C1", "La exclusividad de Azure fue sustituida por un derecho de tanteo en enero de 2025.", "es");
    // In 2023 Azure was still exclusive: what was replaced is denied.
    says_in(
        "E2",
        "L'exclusivité d'Azure a été remplacée par un droit de premier refus.",
        "fr",
        "cloud-exclusivity",
        "contradicts",
    );
}

/// b30's Spanish miss: a colon after a lead with its own verb ("Azure no sale de la ecuación:
/// …") parts two clauses in Spanish, Portuguese, French and German as in English, so the lead's
/// "no" does not silence the claim after it.
#[test]
fn a_colon_after_a_lead_with_its_own_verb_parts_clauses_in_other_languages() {
    says_in(
        "E5",
        "Azure no sale de la ecuación: los nuevos productos se estrenarán primero en Azure, salvo que Microsoft no pueda o decida no ofrecer las capacidades necesarias.",
        "es",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "Azure no sale de la ecuación: los nuevos productos se estrenarán primero en Azure, salvo que Microsoft no pueda y decida no ofrecer las capacidades necesarias.",
        "es",
        "azure-first-exception",
        "agrees",
    );
    // A label before a colon has no verb of its own: its words stay with what follows.
    says_in("E5", "Pagos: Microsoft ya no paga a OpenAI una parte de sus ingresos.", "es", "revenue-flow", "agrees");
}

/// own28's, own30's and b30's misses on the revenue share after the amendment (independent of
/// AGI, same percentage): payments that "fall away once AGI is verified", that "se cortarán si un
/// panel verifica la IAG", that end "확인하면", that "passam a depender do avanço tecnológico",
/// and a lower percentage after a reservation whose subject is left out.
#[test]
fn revenue_share_said_to_end_at_agi_or_change_rate_after_the_amendment() {
    contradicts(
        "E5",
        "OpenAI's payments to Microsoft will simply fall away once the panel verifies AGI.",
        "revenue-share-agi",
        "until AGI",
    );
    says_in(
        "E5",
        "Los pagos de OpenAI a Microsoft se cortarán si un panel de expertos verifica la IAG.",
        "es",
        "revenue-share-agi",
        "contradicts",
    );
    says_in(
        "E5",
        "Os repasses da OpenAI à Microsoft passam a depender do avanço tecnológico da empresa.",
        "pt",
        "revenue-share-agi",
        "contradicts",
    );
    says_in(
        "E5",
        "전문가 패널이 AGI 달성을 확인하면 MS에 대한 수익 배분 지급은 곧바로 끝난다.",
        "ko",
        "revenue-share-agi",
        "contradicts",
    );
    contradicts(
        "E5",
        "OpenAI will keep paying Microsoft a revenue share through 2030, though at a lower percentage.",
        "revenue-share-rate",
        "changed percentage",
    );
    says_in(
        "E5",
        "Los pagos de OpenAI a Microsoft seguirán hasta 2030, aunque con un porcentaje menor.",
        "es",
        "revenue-share-rate",
        "contradicts",
    );
    says_in(
        "E5",
        "Die Zahlungen von OpenAI an Microsoft laufen bis 2030 weiter, allerdings mit einem niedrigeren Prozentsatz.",
        "de",
        "revenue-share-rate",
        "contradicts",
    );
    says_in(
        "E5",
        "Les paiements d'OpenAI à Microsoft se poursuivront jusqu'en 2030, mais à un pourcentage plus faible.",
        "fr",
        "revenue-share-rate",
        "contradicts",
    );
    says_in(
        "E5",
        "Os repasses da OpenAI à Microsoft continuam até 2030, mas com um percentual menor.",
        "pt",
        "revenue-share-rate",
        "contradicts",
    );
    says_in(
        "E5",
        "Los pagos de OpenAI a Microsoft se mantendrán hasta 2030 con el mismo porcentaje.",
        "es",
        "revenue-share-rate",
        "agrees",
    );
    agrees("E5", "OpenAI's payments to Microsoft continue through 2030 regardless of AGI.", "revenue-share-agi");
}

/// b29's Portuguese and French misses: the receiver's side with its verb after a denial
/// ("Microsoft deixa de receber repasses da OpenAI") and Microsoft "privé de sa part des
/// revenus" (OpenAI still pays it, through 2030).
#[test]
fn microsoft_said_to_stop_receiving_its_share_in_portuguese_and_french() {
    says_in("E5", "A Microsoft deixa de receber repasses da OpenAI.", "pt", "revenue-flow", "contradicts");
    says_in("E5", "A Microsoft vai continuar a receber repasses da OpenAI até 2030.", "pt", "revenue-flow", "agrees");
    says_in("E5", "Microsoft privé de sa part des revenus d'OpenAI", "fr", "revenue-flow", "contradicts");
    says_in("E5", "Microsoft conserve sa part des revenus jusqu'en 2030.", "fr", "revenue-flow", "agrees");
}

/// b29's, b30's and own30's misses: the stake's value as money put in, in present-tense
/// headlines ("Microsoft steckt 135 Milliarden Dollar in …", "desembolsa US$ 135 bilhões",
/// "1350억 달러 투자").
#[test]
fn the_stake_value_as_money_put_in_in_present_tense_headlines() {
    says_in(
        "E4",
        "Microsoft steckt 135 Milliarden Dollar in die neue OpenAI",
        "de",
        "what-135-billion-is",
        "contradicts",
    );
    says_in(
        "E4",
        "Microsofts Anteil an OpenAI ist rund 135 Milliarden Dollar wert.",
        "de",
        "what-135-billion-is",
        "agrees",
    );
    says_in(
        "E4",
        "Microsoft desembolsa US$ 135 bilhões pela fatia na nova OpenAI",
        "pt",
        "what-135-billion-is",
        "contradicts",
    );
    says_in("E4", "MS, 오픈AI에 1350억 달러 투자…지분 27% 확보", "ko", "what-135-billion-is", "contradicts");
}

/// b29's Portuguese miss: a panel "indicado pela Microsoft" (the panel is independent), in four
/// languages; an independent panel agrees.
#[test]
fn a_panel_appointed_by_microsoft_in_four_languages() {
    says_in(
        "E4",
        "A declaração será verificada por um painel de especialistas indicado pela Microsoft.",
        "pt",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "La declaración será verificada por un panel de expertos designado por Microsoft.",
        "es",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "La déclaration sera vérifiée par un panel d'experts désigné par Microsoft.",
        "fr",
        "agi-verification",
        "contradicts",
    );
    says_in("E4", "Die Erklärung prüft ein von Microsoft ernanntes Gremium.", "de", "agi-verification", "contradicts");
    silent_in(
        "E4",
        "Quando a OpenAI declarar a IAG, a declaração será verificada por um painel de especialistas independente.",
        "pt",
    );
}

/// b30's German and own30's Korean misses: research IP said to run to whichever of AGI and 2030
/// comes later (whichever is first), in six languages; "whichever comes first" is silent.
#[test]
fn research_ip_to_whichever_comes_later_in_six_languages() {
    let later = [
        (
            "de",
            "Die Rechte an OpenAIs Forschung gelten bis zur Bestätigung einer AGI oder bis 2030, je nachdem, was später eintritt.",
        ),
        ("ko", "연구 관련 지식재산권은 AGI 검증 시점과 2030년 가운데 더 늦은 시점까지 MS가 보유한다."),
        (
            "es",
            "Los derechos sobre la investigación duran hasta la verificación de la IAG o 2030, lo que ocurra más tarde.",
        ),
        ("zh", "研究知识产权的期限为AGI经专家小组验证或2030年，以较晚者为准。"),
        ("ja", "研究に関する知的財産権は、AGIの検証か2030年のいずれか遅い方まで続く。"),
        (
            "fr",
            "Les droits sur la recherche courent jusqu'à la vérification de l'AGI ou 2030, selon ce qui arrive en dernier.",
        ),
    ];
    for (lang, text) in later {
        says_in("E4", text, lang, "research-ip-until", "contradicts");
    }
    silent_in(
        "E4",
        "Los derechos sobre la investigación duran hasta la verificación de la IAG o 2030, lo que ocurra primero.",
        "es",
    );
}

/// own28's English misses: the commercial role over what the lab builds once it reaches AGI
/// (pre-AGI only), the 2023 deal as a "second bet" (the third phase), $10 billion put into
/// OpenAI in 2019 by an investor described, not named, IP rights "widened to take in" consumer
/// hardware (excluded), and Microsoft buying the $250 billion of services from OpenAI.
#[test]
fn more_english_phrasings_of_the_first_stages_and_the_definitive_agreement() {
    contradicts(
        "E1",
        "Microsoft becomes its preferred partner for commercializing technologies the lab develops once it reaches AGI.",
        "commercialization-scope",
        "AGI",
    );
    agrees(
        "E1",
        "Microsoft becomes OpenAI's preferred partner for commercializing its pre-AGI technologies.",
        "commercialization-scope",
    );
    contradicts(
        "E2",
        "Microsoft makes a second bet on OpenAI with a multiyear, multibillion-dollar deal.",
        "partnership-phase",
        "other",
    );
    contradicts(
        "E4",
        "The relationship began when the software maker put $10 billion into OpenAI in 2019.",
        "investment-2019",
        "",
    );
    agrees(
        "E4",
        "The relationship began when the software maker put $1 billion into OpenAI in 2019.",
        "investment-2019",
    );
    contradicts(
        "E4",
        "Microsoft's IP rights were also widened to take in OpenAI's consumer devices.",
        "consumer-hardware",
        "included",
    );
    contradicts(
        "E4",
        "Investors cheered Microsoft's pledge to buy $250 billion of services from OpenAI.",
        "azure-commitment-side",
        "Microsoft funds OpenAI",
    );
}

/// b29's Chinese and b30's Japanese misses: "与此前的口头共识不同" (unlike the earlier consensus)
/// compares and denies nothing; OpenAI "回归非营利组织形态" (it does not become a nonprofit);
/// OpenAI said to hold the licence to Microsoft's IP (the licence is Microsoft's, to OpenAI's).
#[test]
fn chinese_unlike_is_no_denial_and_japanese_licence_held_by_openai() {
    says_in("E3", "与此前的口头共识不同，此次签署的备忘录具有法律约束力。", "zh", "mou-binding", "contradicts");
    says_in("E3", "简单来说，OpenAI将整体回归非营利组织形态。", "zh", "nonprofit-control", "contradicts");
    says_in(
        "E5",
        "OpenAIは、マイクロソフトの知的財産のライセンスを2032年まで引き続き保有する。",
        "ja",
        "licence-direction",
        "contradicts",
    );
    says_in(
        "E5",
        "マイクロソフトは、OpenAIの知的財産のライセンスを2032年まで引き続き保有する。",
        "ja",
        "licence-direction",
        "agrees",
    );
}

/// b30's Spanish miss and its English twin: the condition first, past a comma ("Si un panel
/// verifica la IAG, esos pagos se cortarán", "If a panel verifies AGI, OpenAI's payments to
/// Microsoft will stop"), and "antes de esa fecha" / "before then" (a date the sentence already
/// named) dates nothing. Before the amendment the same sentence is right.
#[test]
fn the_revenue_share_condition_first_and_before_then() {
    contradicts(
        "E5",
        "If a panel verifies AGI, OpenAI's payments to Microsoft will stop.",
        "revenue-share-agi",
        "until AGI",
    );
    contradicts(
        "E5",
        "When a panel verifies AGI, those payments will stop before then.",
        "revenue-share-agi",
        "until AGI",
    );
    agrees("E4", "If a panel verifies AGI, OpenAI's payments to Microsoft will stop.", "revenue-share-agi");
    says_in(
        "E5",
        "Si un panel verifica la IAG, esos pagos se cortarán antes de esa fecha.",
        "es",
        "revenue-share-agi",
        "contradicts",
    );
    silent("E5", "OpenAI's payments to Microsoft continue through 2030 even if a panel verifies AGI.");
    silent_in("E5", "Los pagos de OpenAI a Microsoft seguirán hasta 2030 aunque un panel verifique la IAG.", "es");
}

/// b30's Japanese miss, in Chinese and Japanese: the end of Azure's exclusivity dated at the
/// sentence's start, past its comma ("2024年1月，Azure的独家地位被优先购买权取代",
/// "2024年1月、Azureの独占は置き換えられた"); January 2025 agrees.
#[test]
fn the_end_of_azure_exclusivity_dated_in_chinese_and_japanese() {
    says_in("E5", "2024年1月，Azure的独家地位被优先购买权取代。", "zh", "exclusivity-end-date", "contradicts");
    says_in("E5", "2025年1月，Azure的独家地位被优先购买权取代。", "zh", "exclusivity-end-date", "agrees");
    says_in("E5", "2024年1月、Azureの独占は権利に置き換えられた。", "ja", "exclusivity-end-date", "contradicts");
    says_in("E5", "2024年1月にAzureの独占は終わった。", "ja", "exclusivity-end-date", "contradicts");
}
