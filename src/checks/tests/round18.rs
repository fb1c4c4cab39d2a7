//! Round 18: classes read from the earlier blind batches' misses (own12, own14, own17), each with
//! sentences the lead wrote for the class, of both kinds.

use super::*;

/// "Until the amendment" names the eve of the amendment, not any time before the article's
/// stage: a right said to have "stayed in place until" it is judged by the terms in force just
/// before it (October's, which ended the right of first refusal). "Last week's amendment" is the
/// amendment too.
#[test]
fn until_an_event_is_the_eve_of_that_event() {
    for text in [
        "Microsoft kept its right of first refusal until the amendment.",
        "The right of first refusal stayed in place until last week's amendment.",
        "The right of first refusal Microsoft secured in January 2025 stayed in place until last week’s amendment.",
        "Microsoft's right of first refusal survived until Monday's amendment.",
    ] {
        contradicts("E5", text, "rofr", "right of first refusal");
    }
    // Until October's agreement the right held; the exclusive licence held until the amendment.
    agrees("E5", "Microsoft kept its right of first refusal until the definitive agreement.", "rofr");
    agrees("E5", "Microsoft's licence was exclusive until the amendment.", "licence-exclusivity");
    // "Before the amendment" stays any time before: the right held in 2025.
    silent("E5", "Before the amendment, Microsoft held a right of first refusal.");
}

/// The right of first refusal is Microsoft's: a sentence that hands it to OpenAI over Azure's
/// capacity turns its holder round.
#[test]
fn a_right_of_first_refusal_given_to_openai_contradicts_its_holder() {
    for text in [
        "OpenAI now holds a right of first refusal over new Azure capacity.",
        "Microsoft said Tuesday that OpenAI has a right of first refusal on Microsoft's new datacenter capacity.",
        "The January change gave OpenAI a right of first refusal on Microsoft's new capacity.",
    ] {
        contradicts("C1", text, "rofr-holder", "OpenAI holds it");
    }
    agrees("C1", "Microsoft now holds a right of first refusal over OpenAI's new capacity.", "rofr");
    // Another company's right, or OpenAI's own right over something else, is no claim of it.
    silent("C1", "OpenAI holds a right of first refusal on any sale of its nonprofit's shares.");
    silent("C1", "Amazon holds a right of first refusal over Anthropic's new capacity.");
}

/// A memorandum said to finalise, lock in or settle the contractual or commercial terms: the
/// statement said they were still to be finalised in a definitive agreement.
#[test]
fn a_memorandum_that_finalises_the_terms_contradicts_the_pending_agreement() {
    for text in [
        "The memorandum, signed on Thursday, finalises the contractual terms for the next stage.",
        "The memorandum locks in the commercial terms of the partnership.",
        "The MOU settled the financial terms of the new arrangement.",
    ] {
        contradicts("E3", text, "deal-final", "final");
    }
    // Named from a later stage, the memorandum is still judged at its own.
    contradicts("E4", "September's memorandum had already locked in the commercial terms.", "deal-final", "final");
    silent("E3", "The memorandum does not finalise the contractual terms.");
    silent("E3", "The companies are working to finalise the contractual terms in a definitive agreement.");
    says_in("E3", "O memorando já fecha os termos comerciais da próxima fase.", "pt", "deal-final", "contradicts");
    says_in("E3", "El memorando cierra los términos comerciales de la alianza.", "es", "deal-final", "contradicts");
    silent_in("E3", "El memorando no cierra los términos comerciales de la alianza.", "es");
}

/// OpenAI's consumer products, or ChatGPT alone, said to have to stay on Azure after the
/// amendment let OpenAI serve all its products on any cloud.
#[test]
fn consumer_products_that_must_stay_on_azure_contradict_any_cloud() {
    for text in [
        "Consumer products such as ChatGPT must stay on Azure.",
        "ChatGPT will have to remain on Azure.",
        "OpenAI may now put its API on any cloud, but consumer products such as ChatGPT must stay on Azure, the amendment says.",
    ] {
        contradicts("E5", text, "cloud-exclusivity", "exclusive");
    }
    silent("E5", "ChatGPT does not have to stay on Azure.");
    silent("E5", "Consumer products such as ChatGPT may run on any cloud.");
}

/// 2019's preferred partnership covered technologies before AGI: commercialising them "once AGI
/// had been reached" turns it round.
#[test]
fn commercialising_once_agi_is_reached_contradicts_pre_agi() {
    contradicts(
        "E1",
        "Microsoft also became OpenAI's preferred partner for commercialising its technologies once AGI had been reached.",
        "commercialization-scope",
        "AGI",
    );
    agrees(
        "E1",
        "Microsoft became OpenAI's preferred partner for commercializing its pre-AGI technologies.",
        "commercialization-scope",
    );
}

/// 2023's investment was "multiyear": a deal told as an investment for a single year is not.
#[test]
fn an_investment_for_a_single_year_contradicts_multiyear() {
    contradicts(
        "E2",
        "The January 2023 agreement was a one-off investment for a single year.",
        "investment-span",
        "one-time",
    );
    contradicts("E2", "Microsoft's new investment covers just one year.", "investment-span", "one-time");
    agrees("E2", "The 2023 deal was a multiyear investment.", "investment-span");
    silent("E2", "The investment was announced a year after ChatGPT's launch.");
}

/// Regression (false alarm found on main while reading own12): "the percentage OpenAI pays
/// Microsoft was not cut" read the main verb's "not" as denying that OpenAI pays. A claim inside
/// a relative clause with no pronoun, in a noun phrase the main verb follows, keeps its own
/// polarity.
#[test]
fn a_negation_after_a_relative_clause_without_pronoun_is_the_main_verbs() {
    for text in [
        "The percentage OpenAI pays Microsoft was not cut.",
        "The share of revenue OpenAI pays Microsoft will not change.",
        "The percentage that OpenAI pays Microsoft was not changed by the amendment.",
    ] {
        agrees("E5", text, "revenue-flow");
    }
    // The claim's own denial stays one, and so does a denial in the claim's own clause.
    contradicts("E5", "Under the deal OpenAI pays Microsoft no revenue share.", "revenue-flow", "");
    contradicts("E5", "OpenAI does not pay Microsoft a share of its revenue anymore.", "revenue-flow", "");
    // What Microsoft pays, said not to stop, still pays.
    contradicts("E5", "The money Microsoft pays OpenAI does not stop.", "revenue-flow", "");
}

/// The amendment kept "the same percentage": a higher or lower one, or one said to be cut.
#[test]
fn a_percentage_raised_or_cut_contradicts_the_same_percentage() {
    for text in [
        "OpenAI will now pay Microsoft a higher percentage than before.",
        "The percentage OpenAI hands over was cut as part of the amendment.",
        "The share OpenAI pays Microsoft has been lowered.",
    ] {
        contradicts("E5", text, "revenue-share-rate", "changed percentage");
    }
    agrees("E5", "OpenAI will keep paying Microsoft at the same percentage.", "revenue-share-rate");
    silent("E5", "The percentage OpenAI pays Microsoft was not cut.");
}

/// February's statement said nothing changed October's terms: the statement, or the companies,
/// told as changing them contradicts it.
#[test]
fn the_february_statement_told_as_changing_octobers_terms() {
    contradicts(
        "C2",
        "Statement rewrites October terms to let Amazon host OpenAI's stateless APIs",
        "amazon-terms",
        "changed",
    );
    contradicts(
        "C2",
        "In February, after OpenAI's Amazon deal, the two companies conceded that the deal changed parts of their October terms.",
        "amazon-terms",
        "changed",
    );
    silent("C2", "The joint statement did not change the October terms.");
    agrees("C2", "The statement stressed that the Amazon deal left the October terms unchanged.", "amazon-terms");
}

/// Probes the lead wrote in journalists' phrasings, one class each, that the checks missed.
#[test]
fn journalists_phrasings_of_exclusivity_payments_and_agi() {
    // An exclusive "hold on" OpenAI's IP is the licence.
    contradicts(
        "E5",
        "Redmond's exclusive hold on OpenAI's intellectual property stays in place until 2032.",
        "licence-exclusivity",
        "exclusive",
    );
    // Two rivals named together are rival clouds; OpenAI barred from them keeps Azure exclusive.
    contradicts(
        "E5",
        "OpenAI still cannot sell its models through Amazon or Google.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees("E5", "OpenAI can now sell its models through Amazon or Google.", "cloud-exclusivity");
    silent("E5", "Amazon and Google welcomed the news.");
    contradicts("E5", "OpenAI remains barred from offering ChatGPT on rival clouds.", "cloud-exclusivity", "exclusive");
    // Payments that stop "as soon as" AGI is declared depend on it.
    contradicts("E5", "Payments will stop as soon as AGI is declared.", "revenue-share-agi", "until AGI");
    // An indirect question as the subject of who decides it says who decides.
    contradicts(
        "E4",
        "Whether AGI has been reached will be determined by Microsoft's board.",
        "agi-verification",
        "Microsoft decides",
    );
    agrees("E4", "Whether AGI has been reached will be determined by an independent expert panel.", "agi-verification");
    silent("E4", "Whether the panel will verify AGI by 2030 is unclear.");
    // A memorandum that cuts or extends a term sets commercial terms it never disclosed.
    contradicts(
        "E3",
        "The non-binding memorandum cuts Microsoft's revenue share to 8% by 2030.",
        "mou-terms",
        "commercial terms",
    );
    contradicts("E3", "The memorandum extends Microsoft's licence to 2032.", "mou-terms", "commercial terms");
    // A rival named as OpenAI's main cloud in 2019, when Azure was exclusive.
    contradicts(
        "E1",
        "Back in 2019, Google Cloud was OpenAI's main cloud provider.",
        "cloud-exclusivity",
        "not exclusive",
    );
    silent("E1", "Google Cloud was not OpenAI's main cloud provider.");
}

/// A second round of probes: a stake held no more in a relative clause, an uncapped share, the
/// $250 billion spent on another cloud, national-security customers reaching the API only through
/// Azure, a rival made an alternative to Azure in 2023, AGI declared by Microsoft.
#[test]
fn journalists_phrasings_of_stake_cap_commitment_and_declarer() {
    contradicts(
        "E5",
        "Microsoft, which now holds no equity in OpenAI, said the change was positive.",
        "shareholder",
        "no stake",
    );
    silent("E5", "Microsoft holds no equity in Anthropic.");
    contradicts(
        "E5",
        "OpenAI will pay Microsoft an uncapped share of revenue through 2030.",
        "revenue-share-cap",
        "uncapped",
    );
    // The commitment spent on Google Cloud is no agreement that OpenAI buys Azure.
    let r = read("E4", "OpenAI has committed to buy an additional $250 billion of Google Cloud services.");
    assert!(
        !r.iter().any(|(c, v, _)| c == "azure-commitment-side" && *v == "agrees"),
        "the $250 billion of Google Cloud is not Azure: {r:?}"
    );
    agrees("E4", "OpenAI has committed to buy an additional $250 billion of Azure services.", "azure-commitment-side");
    contradicts(
        "E4",
        "US national security customers can only reach OpenAI's API through Azure.",
        "national-security",
        "Azure only",
    );
    contradicts(
        "E2",
        "The 2023 deal made Google Cloud an alternative to Azure for OpenAI's research.",
        "cloud-exclusivity",
        "not exclusive",
    );
    contradicts("E4", "AGI, once declared by Microsoft, will be verified by a panel.", "agi-declarer", "Microsoft");
    contradicts("E4", "Microsoft's declaration of AGI will be checked by experts.", "agi-declarer", "Microsoft");
    agrees("E4", "AGI, once declared by OpenAI, will be verified by a panel.", "agi-verification");
}

/// The memorandum credited with commercial terms, and Microsoft deciding whether AGI is reached,
/// in Spanish, Portuguese, German and French.
#[test]
fn memorandum_terms_and_who_decides_agi_in_four_languages() {
    for (lang, text) in [
        ("es", "El memorando fija la participación de Microsoft en el 30 %."),
        ("pt", "O memorando reduz a fatia da receita paga à Microsoft para 8%."),
        ("de", "Die Absichtserklärung sieht vor, dass Microsoft künftig 30 Prozent an OpenAI hält."),
        ("fr", "Le protocole d'accord fixe la part de Microsoft à 30 %."),
    ] {
        says_in("E3", text, lang, "mou-terms", "contradicts");
    }
    for (lang, text) in [
        ("es", "El memorando no fija la participación de Microsoft."),
        (
            "es",
            "El memorando establece que la fundación tendrá una participación de más de 100.000 millones de dólares.",
        ),
        ("de", "Die Absichtserklärung regelt keine Details zur Beteiligung."),
        ("fr", "Le protocole d'accord ne fixe pas la part de Microsoft."),
    ] {
        silent_in("E3", text, lang);
    }
    says_in("E4", "Microsoft decidirá cuándo OpenAI ha alcanzado la AGI.", "es", "agi-verification", "contradicts");
    says_in("E4", "C'est Microsoft qui décidera si l'AGI est atteinte.", "fr", "agi-verification", "contradicts");
    silent_in("E4", "Un panel de expertos decidirá si OpenAI ha alcanzado la AGI.", "es");
}

/// The memorandum credited with commercial terms in Chinese, Japanese and Korean; the definitive
/// agreement that set them after it is no such claim.
#[test]
fn memorandum_terms_in_chinese_japanese_and_korean() {
    for (lang, text) in [
        ("zh", "备忘录将微软的持股比例定为30%。"),
        ("ja", "覚書はマイクロソフトの出資比率を30%と定めた。"),
        ("ko", "양해각서는 마이크로소프트의 지분을 30%로 정했다."),
    ] {
        says_in("E3", text, lang, "mou-terms", "contradicts");
    }
    for (lang, event, text) in [
        ("zh", "E3", "备忘录没有规定任何商业条款。"),
        ("ja", "E3", "覚書は商業条件を定めていない。"),
        ("ko", "E3", "양해각서는 구체적인 상업 조건을 정하지 않았다."),
        ("zh", "E4", "9月签署备忘录后，10月的最终协议将微软的持股比例定为27%。"),
        ("ja", "E4", "9月の覚書に続き、10月の最終契約はマイクロソフトの出資比率を約27%と定めた。"),
    ] {
        silent_in(event, text, lang);
    }
}

/// A third round of probes: an old agreement's end said as what Microsoft "could not" do after a
/// year; exclusive rights kept to the licence's end; every model OpenAI trains on Azure; the
/// revenue share Microsoft receives, ended; a cap the companies are said to have disclosed.
#[test]
fn journalists_phrasings_of_old_terms_exclusive_rights_and_disclosed_figures() {
    contradicts(
        "E5",
        "Under the old agreement, Microsoft could not use OpenAI's models after 2030.",
        "licence-until",
        "2030",
    );
    contradicts("E5", "Microsoft keeps exclusive rights through 2032.", "licence-exclusivity", "exclusive");
    silent("E5", "Microsoft keeps non-exclusive rights through 2032.");
    contradicts(
        "E5",
        "Every model OpenAI trains — from GPT-5 to the next — will run on Azure.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees("E2", "Every model OpenAI trains will run on Azure.", "cloud-exclusivity");
    contradicts("E5", "The deal ends Microsoft's revenue share from OpenAI.", "revenue-flow", "");
    agrees("E5", "Microsoft's revenue share from OpenAI continues through 2030.", "revenue-flow");
    contradicts("E5", "The companies disclosed that the cap is $38 billion.", "revenue-share-figures", "disclosed");
    agrees("E5", "The companies kept the cap secret.", "revenue-share-figures");
    silent("E5", "The companies did not disclose the cap.");
    silent("E5", "The revenue share is capped at $38 billion, according to The Information.");
}

/// Headlines: a veto over AGI, cloud primacy lost.
#[test]
fn headlines_with_a_veto_over_agi_or_cloud_primacy_lost() {
    contradicts("E4", "Microsoft gets veto over AGI declaration", "agi-verification", "Microsoft decides");
    silent("E4", "Microsoft does not get a veto over AGI.");
    contradicts("E5", "OpenAI free to leave Azure as Microsoft loses cloud primacy", "primary-cloud", "not primary");
    silent("E5", "Microsoft keeps its cloud primacy.");
}

/// Probes in Spanish and German: the primary cloud partner "de OpenAI en la nube", a committee
/// Microsoft appoints, a revenue share that ends ", sobald" AGI is declared.
#[test]
fn spanish_and_german_primary_cloud_committee_and_end_at_agi() {
    says_in("E5", "Azure deja de ser el socio principal de OpenAI en la nube.", "es", "primary-cloud", "contradicts");
    says_in("E5", "Azure sigue siendo el socio principal de OpenAI en la nube.", "es", "primary-cloud", "agrees");
    says_in("E4", "Un comité nombrado por Microsoft verificará la AGI.", "es", "agi-verification", "contradicts");
    says_in("E5", "Die Umsatzbeteiligung endet, sobald AGI erklärt wird.", "de", "revenue-share-agi", "contradicts");
    silent_in("E5", "Die Umsatzbeteiligung endet nicht, sobald AGI erklärt wird.", "de");
}

/// Memorandum-stage probes: a term "under the memorandum" with a value or another cloud, a
/// commitment the MOU makes, the nonprofit converted into a for-profit company.
#[test]
fn memorandum_stage_terms_under_the_memorandum() {
    for text in [
        "Under the memorandum, Microsoft would get a stake of roughly 30 percent.",
        "Under the memorandum, OpenAI can now use any cloud provider.",
        "The MOU commits Microsoft to a $100 billion investment.",
    ] {
        contradicts("E3", text, "mou-terms", "commercial terms");
    }
    contradicts(
        "E3",
        "The memorandum says OpenAI's nonprofit will be converted into a for-profit company.",
        "nonprofit-control",
        "no nonprofit control",
    );
    silent("E3", "Under the memorandum, the nonprofit would hold a stake worth more than $100 billion.");
    silent("E3", "Under the memorandum, the companies will keep working on a definitive agreement.");
    silent("E3", "OpenAI will become a public benefit corporation controlled by its nonprofit.");
}

/// Definitive-agreement probes: post-AGI access excluded; the whole company valued at $135
/// billion; the right of first refusal kept; the $250 billion commitment made by Microsoft.
#[test]
fn definitive_agreement_valuation_rofr_and_commitment() {
    contradicts("E4", "Microsoft's access to post-AGI models is excluded from the deal.", "licence-until", "");
    contradicts("E4", "OpenAI Group PBC is now valued at $135 billion.", "what-135-billion-is", "OpenAI's valuation");
    agrees("E4", "Microsoft's stake in OpenAI Group PBC is valued at $135 billion.", "what-135-billion-is");
    contradicts(
        "E4",
        "The deal keeps Microsoft's right of first refusal on new compute.",
        "rofr",
        "right of first refusal",
    );
    contradicts(
        "E4",
        "The $250 billion Azure commitment was made by Microsoft.",
        "azure-commitment-side",
        "Microsoft funds OpenAI",
    );
    silent("E4", "The $250 billion Azure commitment was made by OpenAI.");
}

/// Azure first, the $250 billion and the revenue share, in more phrasings: first dibs "with no
/// exceptions"; the right to host first lost; a label "Azure-first: gone"; the rule given an end;
/// a share that "depends on whether" AGI is reached.
#[test]
fn azure_first_and_revenue_share_in_more_phrasings() {
    contradicts(
        "E5",
        "Azure gets first dibs on every OpenAI product, with no exceptions.",
        "azure-first-exception",
        "no exception",
    );
    agrees("E5", "Azure gets first dibs on every OpenAI product.", "azure-first-shipping");
    contradicts("E5", "Microsoft loses the right to host OpenAI products first.", "azure-first-shipping", "not first");
    contradicts("E5", "Azure-first: gone", "azure-first-shipping", "not first");
    contradicts("E5", "The first-on-Azure rule lapses in 2030.", "azure-first-until", "2030");
    contradicts("E5", "The share OpenAI pays now depends on whether AGI is reached.", "revenue-share-agi", "until AGI");
    agrees("E5", "The share OpenAI pays Microsoft does not depend on AGI.", "revenue-share-agi");
    silent("E5", "Whether the deal survives depends on whether regulators approve it.");
}

/// Regression (false alarm found while adding "depends on whether"): "The payments from OpenAI
/// do not depend on whether it reaches AGI" read the "not" of "depend" as denying the payments.
/// "Do not depend on" is the independence's own words.
#[test]
fn payments_that_do_not_depend_on_agi_are_still_paid() {
    agrees("E5", "The payments from OpenAI do not depend on whether it reaches AGI.", "revenue-share-agi");
    agrees("E5", "OpenAI's payments to Microsoft don't depend on AGI.", "revenue-flow");
}

/// 2019's exclusive cloud: a bare "first" blocked the cloud claim in any sentence naming
/// "Microsoft's first investment"; now only Azure first's and the right of first refusal's words
/// do. "Microsoft's first bet" names 2019's deal.
#[test]
fn a_first_investment_does_not_block_the_cloud_claim() {
    contradicts(
        "E1",
        "Microsoft's first investment did not make Azure OpenAI's exclusive cloud.",
        "cloud-exclusivity",
        "not exclusive",
    );
    contradicts(
        "E1",
        "In 2019 OpenAI picked Azure as one of its cloud providers.",
        "cloud-exclusivity",
        "not exclusive",
    );
    agrees("E5", "Microsoft’s first bet on OpenAI came with exclusive cloud rights.", "cloud-exclusivity");
    // Azure first stays Azure first's.
    silent(
        "E5",
        "OpenAI may not launch a product on a rival cloud first unless Microsoft cannot and chooses not to support it.",
    );
    let r = read("E5", "OpenAI free to sell on any cloud as Azure loses first-launch status");
    assert!(!r.iter().any(|(c, v, _)| c == "cloud-exclusivity" && *v == "contradicts"), "{r:?}");
}

/// Earlier stages in other languages: the Amazon deal said to change October's terms (Spanish and
/// Portuguese imperfect, a German compound and a verb-final "dass" clause); Microsoft given the
/// right to declare AGI in four languages.
#[test]
fn amazon_terms_changed_and_microsoft_declaring_agi_in_other_languages() {
    for (lang, text) in [
        ("es", "En febrero, las empresas reconocieron que el acuerdo con Amazon cambiaba los términos de octubre."),
        ("pt", "Em fevereiro, as empresas admitiram que o acordo com a Amazon alterava os termos de outubro."),
        ("de", "Im Februar räumten die Firmen ein, dass der Amazon-Deal die Oktober-Bedingungen ändert."),
    ] {
        says_in("C2", text, lang, "amazon-terms", "contradicts");
    }
    silent_in("C2", "Die Firmen betonten, dass der Amazon-Deal die Oktober-Bedingungen nicht ändert.", "de");
    for (lang, text) in [
        ("es", "El acuerdo da a Microsoft el derecho a declarar la AGI."),
        ("pt", "O acordo de outubro deu à Microsoft o direito de declarar a AGI."),
        ("de", "Die Vereinbarung vom Oktober gab Microsoft das Recht, AGI selbst festzustellen."),
        ("fr", "L'accord d'octobre donnait à Microsoft le droit de déclarer l'AGI."),
    ] {
        says_in("E4", text, lang, "agi-declarer", "contradicts");
    }
    silent_in("E4", "OpenAI conserva el derecho a declarar la AGI, que verificará un panel.", "es");
}

/// Microsoft given the right to declare AGI in Chinese, Japanese and Korean; Microsoft announcing
/// that OpenAI keeps that right is no such claim.
#[test]
fn microsoft_declaring_agi_in_chinese_japanese_and_korean() {
    for (lang, text) in [
        ("zh", "10月的协议赋予微软宣布实现AGI的权利。"),
        ("ja", "10月の最終契約で、マイクロソフトはAGIを宣言する権利を得た。"),
        ("ko", "10월 최종 계약으로 마이크로소프트는 AGI를 선언할 권리를 얻었다."),
    ] {
        says_in("E4", text, lang, "agi-declarer", "contradicts");
    }
    silent_in("E4", "微软宣布，OpenAI保留宣布实现AGI的权利。", "zh");
}

/// Regression (own18-en's blind false alarm): "The alliance began in July 2019 with a $1bn cheque
/// from Redmond, which also made Azure OpenAI's exclusive cloud" judged the relative clause at
/// today's stage. A relative clause speaks of the time its antecedent's clause names.
#[test]
fn a_relative_clause_speaks_of_the_time_its_antecedents_clause_names() {
    silent(
        "E5",
        "The alliance began in July 2019 with a $1bn cheque from Redmond, which also made Azure OpenAI's exclusive cloud.",
    );
    // A sentence with no time named is judged at its stage, as before.
    contradicts(
        "E5",
        "OpenAI took a $1bn cheque from Redmond, which also made Azure its exclusive cloud.",
        "cloud-exclusivity",
        "exclusive",
    );
}

/// Regressions (b19's two blind false alarms, German): "statt" denies what follows it, not the
/// claim ("hat Microsoft statt der Exklusivität nur noch ein Vorkaufsrecht" keeps the right); a
/// date the companies "left open" is no claim that the agreement is signed.
#[test]
fn german_statt_and_a_question_left_open() {
    says_in(
        "C1",
        "Seit Januar hat Microsoft statt der Exklusivität nur noch ein Vorkaufsrecht auf neue Rechenkapazität.",
        "de",
        "rofr",
        "agrees",
    );
    silent_in("E3", "Wann die endgültige Vereinbarung unterzeichnet wird, ließen beide Unternehmen offen.", "de");
    says_in("E4", "Die endgültige Vereinbarung ist unterzeichnet.", "de", "deal-final", "agrees");
}

/// Regression (b18's blind false alarm): what the amendment "supersedes" is no longer in force,
/// not a claim that it holds.
#[test]
fn what_an_amendment_supersedes_is_not_claimed_in_force() {
    silent(
        "E5",
        "Monday's amendment supersedes parts of that statement, notably Azure's exclusivity for stateless OpenAI APIs.",
    );
}
