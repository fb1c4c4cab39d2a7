//! Round 17: classes read after the blind batch own17/b17 was measured, each with sentences the
//! lead wrote for the class (not the batch's own), of both kinds.

use super::*;

/// An end that is denied before a time ("won't end until 2030"), an end with an adverb before
/// its time ("ends only in 2030") and a named end ("the end of X will come in 2030") say the
/// state holds until then; a plain denial of an end ("will not end in 2030") says no end.
#[test]
fn an_end_denied_before_a_time_or_named_says_the_state_holds_until_then() {
    for text in [
        "Microsoft's payments to OpenAI won't end until 2030.",
        "Microsoft's payments to OpenAI are not due to end until 2030.",
        "Microsoft's payments to OpenAI will not stop before 2030.",
        "Microsoft's revenue-share payments to OpenAI will end only in 2030.",
        "The end of Microsoft's revenue-share payments to OpenAI will come only in 2030.",
        "An end to Microsoft's payments to OpenAI will come in 2030.",
    ] {
        contradicts("E5", text, "revenue-flow", "");
    }
    contradicts("E5", "OpenAI's payments to Microsoft will end only in 2032.", "revenue-share-until", "2032");
    contradicts("E5", "The end of OpenAI's payments to Microsoft is due in 2032.", "revenue-share-until", "2032");
    agrees("E5", "Microsoft's licence does not end until 2032.", "licence-until");
    agrees("E5", "OpenAI's payments to Microsoft won't stop until 2030.", "revenue-share-until");
    // A denied end with no "until" names no end; an end that came is over.
    silent("E5", "Microsoft's licence will not end in 2032; it was extended.");
    silent("E5", "OpenAI's payments to Microsoft will not end in 2030.");
    agrees("E5", "The end of Microsoft's payments to OpenAI came with the amendment.", "revenue-flow");
}

/// Quotation marks inside a phrase (a reporter quoting the terms' words) are no words: the
/// pattern reads the phrase as if unquoted, with single or double, straight or curly marks.
#[test]
fn quotation_marks_inside_a_phrase_do_not_part_its_words() {
    for text in [
        "OpenAI products ship first on Azure, unless Microsoft ‘cannot or chooses not to’ support them.",
        "OpenAI products ship first on Azure, unless Microsoft \"cannot or chooses not to\" support them.",
        "OpenAI products ship first on Azure, unless Microsoft “cannot or chooses not to” support them.",
    ] {
        contradicts("E5", text, "azure-first-exception", "");
    }
    contradicts("E5", "Microsoft will remain OpenAI's “primary cloud partner” until 2032.", "primary-cloud-until", "");
    agrees(
        "E5",
        "OpenAI products ship first on Azure, unless Microsoft ‘cannot and chooses not to’ support them.",
        "azure-first-exception",
    );
    // "'31" stays a year.
    contradicts("E5", "Microsoft's licence now runs through '31.", "licence-until", "2031");
}

/// A pronoun after a dash, or after ", and", is the subject of the clause before it, also when
/// that clause opens with a phrase ("With this deal Microsoft …") or a quotation mark.
#[test]
fn a_pronoun_after_a_dash_or_and_is_the_subject_past_an_opening_phrase() {
    for text in [
        "With this deal Microsoft walks away from its equity — it is no longer a shareholder.",
        "“With this deal Microsoft walks away from its equity — it is no longer a shareholder,” an analyst said.",
        "Microsoft walks away from its equity, and it is no longer a shareholder.",
        "In April 2026, Microsoft sold its equity; it is no longer a shareholder.",
    ] {
        contradicts("E5", text, "shareholder", "");
    }
    // The pronoun of a plural subject is not "it"; a phrase opening with a name is left whole.
    silent("E5", "Microsoft and OpenAI signed a new deal — it is no longer a shareholder story.");
    agrees("E5", "With this deal Microsoft keeps its equity — it is still a major shareholder.", "shareholder");
}

/// A gapped list of ends ("the licence runs through 2032, the revenue share through 2030") is
/// one clause per subject: each end is its own subject's.
#[test]
fn a_gapped_list_of_ends_gives_each_subject_its_own_end() {
    contradicts(
        "E5",
        "The licence runs through 2032, the revenue share through 2032 as well.",
        "revenue-share-until",
        "2032",
    );
    contradicts(
        "E5",
        "The licence runs through 2032, the revenue share through 2032, both companies said.",
        "revenue-share-until",
        "2032",
    );
    agrees("E5", "Microsoft's licence runs through 2032, the revenue share through 2030.", "revenue-share-until");
    says_in(
        "E5",
        "La licencia de Microsoft dura hasta 2032, los pagos de OpenAI a Microsoft hasta 2032.",
        "es",
        "revenue-share-until",
        "contradicts",
    );
    silent_in("E5", "La licencia de Microsoft dura hasta 2032, los pagos de OpenAI a Microsoft hasta 2030.", "es");
}

/// After a copula the words before "which" are a predicate: "which" takes up the whole clause
/// ("it is no longer exclusive, which frees OpenAI"), and no word of it is read again.
#[test]
fn which_after_a_predicate_takes_up_the_clause_not_its_last_words() {
    agrees(
        "E5",
        "Microsoft will hold a licence to OpenAI's IP until 2032, but it is no longer exclusive, which frees OpenAI to license it elsewhere.",
        "licence-until",
    );
    silent("E5", "Microsoft's licence is now non-exclusive, which lets OpenAI work with Amazon.");
    // A noun before "which" still stands in for it.
    contradicts("E5", "Microsoft keeps an exclusive licence, which runs to 2032.", "licence-exclusivity", "");
}

/// How the partnership began is its first stage: "a relationship that began with a promise of
/// cloud exclusivity" is right about 2019.
#[test]
fn how_the_partnership_began_speaks_of_its_first_stage() {
    silent("E5", "For a relationship that began with a promise of cloud exclusivity, that is a remarkable turn.");
    silent("E5", "The partnership started with Azure as OpenAI's exclusive cloud.");
    silent("E5", "At the outset, Azure was OpenAI's exclusive cloud provider.");
    // Said of now, exclusivity is wrong.
    contradicts("E5", "Azure remains OpenAI's exclusive cloud provider.", "cloud-exclusivity", "");
}

/// A detail left undisclosed states nothing about it, in every language: the queue's list of
/// such words is a hedge of the checks too.
#[test]
fn a_detail_left_undisclosed_states_nothing_in_any_language() {
    silent_in("E5", "양사는 수익 배분 비율과 상한액을 공개하지 않았다.", "ko");
    silent_in("E5", "Ninguna de las dos empresas ha revelado el tope de los pagos.", "es");
    silent_in("E5", "As empresas não divulgaram o teto dos pagamentos.", "pt");
    silent("E5", "Neither company disclosed the size of the cap.");
    // Stated, the missing cap is a contradiction.
    says_in(
        "E5",
        "오픈AI가 마이크로소프트에 지급하는 수익 배분에는 상한이 없다.",
        "ko",
        "revenue-share-cap",
        "contradicts",
    );
}

/// An exemption that names the claim's own subject ("any cloud, except its API products")
/// keeps that subject where it was: the APIs stay exclusive. Another company's exemption
/// ("except Google's") still only narrows "any cloud".
#[test]
fn an_exemption_of_the_claims_own_subject_keeps_it() {
    agrees("E4", "OpenAI can serve all its products on any cloud, except its API products.", "api-exclusivity");
    agrees("E4", "OpenAI can serve its products on any cloud, except API products.", "api-exclusivity");
    contradicts(
        "E5",
        "OpenAI can serve its products on any cloud, except API products.",
        "api-exclusivity",
        "exclusive",
    );
    contradicts(
        "E5",
        "OpenAI can serve its products on any cloud, except Google's.",
        "cloud-exclusivity",
        "not exclusive, with exceptions",
    );
}

/// Which products may leave Azure: only the non-API ones under the October 2025 agreement
/// (the APIs stayed exclusive until AGI), all of them since April 2026.
#[test]
fn which_products_may_leave_azure_depends_on_the_stage() {
    for text in [
        "Only non-API products may be served on other clouds.",
        "OpenAI can offer only its non-API products through other cloud providers.",
    ] {
        agrees("E4", text, "cloud-scope");
        contradicts("E5", text, "cloud-scope", "only non-API products");
    }
    agrees("E5", "OpenAI can now serve all its products to customers across any cloud provider.", "cloud-scope");
    contradicts(
        "E4",
        "OpenAI can now serve all its products to customers across any cloud provider.",
        "cloud-scope",
        "all products",
    );
    says_in("E5", "비API 제품에만 다른 클라우드를 허용한다.", "ko", "cloud-scope", "contradicts");
    says_in("E4", "비API 제품에만 다른 클라우드를 허용한다.", "ko", "cloud-scope", "agrees");
}

/// $135 billion invested (not the stake's value), in the base form and in Korean's "decided to
/// invest"; the value of the stake stays right.
#[test]
fn a_135_billion_investment_is_money_invested_in_any_verb_form() {
    contradicts(
        "E4",
        "Microsoft will invest an additional $135 billion in OpenAI under the new deal.",
        "what-135-billion-is",
        "money invested",
    );
    says_in(
        "E4",
        "마이크로소프트는 이번 계약으로 오픈AI에 1,350억 달러를 추가 투자하기로 했다.",
        "ko",
        "what-135-billion-is",
        "contradicts",
    );
    agrees("E4", "Microsoft's stake is valued at about $135 billion.", "what-135-billion-is");
}

/// Korean: "할 수 있다" is what a term permits, no hedge ("수도 있다", "수 있을 것" stay
/// hedges); a verb ending in 며 or 고 before a comma ends its clause, so a denial after it is the
/// next predicate's; "no longer a shareholder" is no stake.
#[test]
fn korean_permissions_linked_clauses_and_shareholders() {
    says_in(
        "E5",
        "오픈AI는 비API 제품에 한해서만 다른 클라우드 사업자를 통해 고객에게 제공할 수 있다.",
        "ko",
        "cloud-scope",
        "contradicts",
    );
    silent_in("E5", "오픈AI는 비API 제품에 한해서만 다른 클라우드를 쓸 수도 있다.", "ko");
    says_in(
        "E5",
        "마이크로소프트는 더 이상 오픈AI의 주주가 아니며, 성장에서 이익을 얻지 못한다.",
        "ko",
        "shareholder",
        "contradicts",
    );
    says_in("E5", "마이크로소프트는 오픈AI 지분을 보유하지 않는다.", "ko", "shareholder", "contradicts");
    says_in("E5", "마이크로소프트는 여전히 오픈AI의 주요 주주다.", "ko", "shareholder", "agrees");
    // Two predicates with their own subjects: the API products' "Azure only" is not the non-API
    // products' (dev-ko's false alarm once the permission was read).
    silent_in(
        "E4",
        "API가 아닌 제품은 어느 클라우드에서든 제공할 수 있으며, 제3자와 공동 개발한 API 제품은 애저에서만 독점 제공된다.",
        "ko",
    );
}

/// National security customers served only on Azure, by a restriction or a proviso, contradict
/// "regardless of the cloud provider"; "may … but only" a dozen words on is the restriction's
/// permission, no hedge.
#[test]
fn national_security_only_on_azure_by_restriction_or_proviso() {
    for text in [
        "OpenAI can now provide API access to US government national security customers, provided the work runs on Azure.",
        "OpenAI may provide API access to US national-security agencies, but only through Azure Government.",
        "OpenAI can serve national security customers as long as the work is hosted on Azure.",
    ] {
        contradicts("E4", text, "national-security", "Azure only");
    }
    agrees(
        "E4",
        "OpenAI can now provide API access to US national security customers on any cloud provider.",
        "national-security",
    );
    silent("E4", "OpenAI may one day sell to national security customers, analysts believe.");
}

/// The kinds of OpenAI's work ("research training", "research workloads") running on other
/// clouds say Azure is not exclusive: wrong in 2023, right now.
#[test]
fn research_workloads_on_other_clouds_are_no_exclusivity() {
    for text in [
        "OpenAI's research workloads already ran on other clouds.",
        "Research training was already spread across other providers.",
        "Azure will remain the exclusive cloud provider for OpenAI's API, though research workloads may now run on other clouds.",
    ] {
        contradicts("E2", text, "cloud-exclusivity", "not exclusive");
    }
    agrees("E5", "OpenAI's research workloads now run on other clouds.", "cloud-exclusivity");
    silent("E2", "Anthropic's research workloads ran on other clouds.");
}

/// "Set the end of X at 2030" says X runs to 2030 (before, its "end" read as X denied: a false
/// alarm that the payments had stopped).
#[test]
fn setting_the_end_of_something_at_a_year_ends_it_there() {
    agrees("E5", "The amendment set the end of OpenAI's payments to Microsoft at 2030.", "revenue-share-until");
    contradicts(
        "E5",
        "The amendment set the end of OpenAI's payments to Microsoft at 2032.",
        "revenue-share-until",
        "2032",
    );
    contradicts(
        "E5",
        "Last October's definitive agreement had already set the end of the revenue share at 2030.",
        "revenue-share-until",
        "2030",
    );
    silent("E5", "The end of the payments was a surprise.");
}

/// Spanish "derecho de tanteo" kept in the preterite ("Microsoft conservó su derecho de
/// tanteo") in October 2025, when it ended.
#[test]
fn spanish_right_of_first_refusal_kept_in_the_preterite() {
    says_in(
        "C2",
        "En octubre, OpenAI se comprometió a comprar servicios de Azure por 250.000 millones de dólares adicionales, y Microsoft conservó su derecho de tanteo sobre la capacidad de cómputo.",
        "es",
        "rofr",
        "contradicts",
    );
    silent_in("C2", "En octubre, Microsoft renunció a su derecho de tanteo sobre la capacidad de cómputo.", "es");
}

/// A year offered as another end ("ends when the panel verifies AGI or in 2030") is that end,
/// not a future time the clause speaks of (it left the sentence unjudged); "ends at AGI" is no
/// end of the revenue share itself.
#[test]
fn a_year_offered_as_another_end_is_no_time_of_the_clause() {
    let text = "The revenue share OpenAI pays Microsoft now ends when an independent panel verifies AGI or in 2030, whichever comes first.";
    contradicts("E5", text, "revenue-share-agi", "until AGI");
    agrees("E4", text, "revenue-share-agi");
    silent("E5", "The revenue share ends at AGI or in 2030, whichever comes first.");
    silent("E4", "The revenue share ends on the declaration of AGI.");
    // A year that dates the clause still does.
    silent("E5", "In 2030, the revenue share may be renegotiated.");
}

/// Microsoft given the right to verify a declaration of AGI (the panel verifies it), and
/// consumer devices that "fall within" Microsoft's IP rights (they are excluded).
#[test]
fn microsoft_verifying_agi_and_devices_within_its_rights() {
    for text in [
        "Once OpenAI declares AGI, Microsoft will have the right to verify that declaration.",
        "Once OpenAI declares AGI, Microsoft will verify that declaration.",
    ] {
        contradicts("E4", text, "agi-verification", "Microsoft decides");
    }
    silent("E4", "Once OpenAI declares AGI, an expert panel, not Microsoft, will verify that declaration.");
    silent("E4", "Microsoft can no longer verify the declaration; an independent panel will.");
    contradicts("E4", "OpenAI's consumer devices fall within Microsoft's IP rights.", "consumer-hardware", "included");
    agrees("E4", "OpenAI's consumer devices no longer fall within Microsoft's IP rights.", "consumer-hardware");
    agrees("E4", "OpenAI's consumer devices fall outside Microsoft's IP rights.", "consumer-hardware");
}

/// A bound written after the number, past a comma too ("$100 billion, at most", "US$ 100
/// bilhões, no máximo", "100.000 millones como mínimo") says how exactly it is stated, in five
/// languages.
#[test]
fn a_bound_after_the_number_qualifies_it() {
    contradicts("E3", "The nonprofit's stake will be worth $100 billion, at most.", "nonprofit-stake", "");
    contradicts("E3", "The nonprofit's stake will be worth $100 billion at the most.", "nonprofit-stake", "");
    agrees("E3", "The nonprofit's stake will be worth $100 billion or more.", "nonprofit-stake");
    says_in(
        "E3",
        "A participação da entidade sem fins lucrativos deve ficar em torno de US$ 100 bilhões, no máximo, segundo a OpenAI.",
        "pt",
        "nonprofit-stake",
        "contradicts",
    );
    silent_in("E3", "A participação da entidade sem fins lucrativos deve superar US$ 100 bilhões.", "pt");
}

/// Portuguese: national security customers served only through Azure, with "só" far from
/// "Azure"; "not only through Azure" restricts nothing, in English and Portuguese (the
/// English one was a false alarm); OpenAI "no longer controlled" by its nonprofit.
#[test]
fn portuguese_national_security_only_through_azure_and_nonprofit_control() {
    says_in(
        "E4",
        "A OpenAI só poderá dar acesso à sua API a clientes de segurança nacional do governo dos EUA por meio do Azure.",
        "pt",
        "national-security",
        "contradicts",
    );
    silent_in(
        "E4",
        "A OpenAI pode dar acesso à sua API a clientes de segurança nacional do governo dos EUA, não apenas por meio do Azure.",
        "pt",
    );
    silent("E4", "OpenAI can serve national security customers, not only through Azure.");
    says_in(
        "E3",
        "Com o memorando, a OpenAI deixará de ser controlada por sua entidade sem fins lucrativos.",
        "pt",
        "nonprofit-control",
        "contradicts",
    );
    silent_in("E3", "Com o memorando, a OpenAI continuará controlada por sua entidade sem fins lucrativos.", "pt");
}

/// Spanish: Microsoft as the one to validate a declaration of AGI ("será la propia Microsoft
/// quien deba validar"), and a denied word after a contrast, with no verb of its own,
/// qualifying the noun before it ("proveedor de nube preferente, aunque no exclusivo"), which
/// a clause break had cut off.
#[test]
fn spanish_microsoft_validating_agi_and_a_concession_inside_the_noun_phrase() {
    says_in(
        "E4",
        "Cuando OpenAI declare haber alcanzado la AGI, será la propia Microsoft quien deba validar esa declaración.",
        "es",
        "agi-verification",
        "contradicts",
    );
    silent_in(
        "E4",
        "Cuando OpenAI declare la AGI, será un panel de expertos, y no Microsoft, quien valide esa declaración.",
        "es",
    );
    let wrong = "En 2019, Microsoft invirtió 1.000 millones de dólares en OpenAI y se convirtió en su proveedor de nube preferente, aunque no exclusivo.";
    says_in("E5", wrong, "es", "cloud-exclusivity", "contradicts");
    says_in(
        "E5",
        "Hoy Microsoft es el proveedor de nube preferente, aunque no exclusivo, de OpenAI.",
        "es",
        "cloud-exclusivity",
        "agrees",
    );
    // "with no criteria attached" is no contrast: its clause stays cut ("with" is no "but").
    contradicts(
        "E4",
        "OpenAI may now release open-weight models of any capability, with no criteria attached.",
        "open-weights",
        "",
    );
}

/// A right of first refusal added beside exclusivity ("on top of its existing exclusivity",
/// "kept its exclusivity and gained a ROFR"): in January 2025 it replaced exclusivity.
#[test]
fn a_right_of_first_refusal_beside_exclusivity_is_not_what_replaced_it() {
    for text in [
        "In January 2025 Microsoft added a right of first refusal on new capacity on top of its existing exclusivity.",
        "In January 2025 Microsoft kept its exclusivity and gained a right of first refusal.",
    ] {
        contradicts("C1", text, "rofr", "right of first refusal beside exclusivity");
    }
    silent(
        "C1",
        "In January 2025 Microsoft gave up its exclusivity in exchange for a right of first refusal on new capacity.",
    );
    agrees("C1", "Microsoft now has a right of first refusal on new capacity.", "rofr");
}

/// Korean: a declaration of AGI that takes effect "without outside verification" is OpenAI's
/// alone; "without the panel's verification it has no effect" states the panel.
#[test]
fn korean_agi_without_outside_verification() {
    says_in("E4", "오픈AI가 AGI를 선언하면 외부 검증 없이 효력이 발생한다.", "ko", "agi-verification", "contradicts");
    says_in("E4", "오픈AI가 AGI를 선언해도 전문가 패널의 검증 없이는 효력이 없다.", "ko", "agi-verification", "agrees");
    says_in("E4", "오픈AI가 AGI 달성을 선언하면 독립 전문가 패널이 이를 검증한다.", "ko", "agi-verification", "agrees");
}

/// "could already", "could now" say what was (or is) allowed, no guess ("ChatGPT … could
/// already run outside Azure" in 2023); a deal that "made Azure one of several clouds OpenAI
/// could use" says Azure was not exclusive (own16's E1 class).
#[test]
fn could_already_and_azure_made_one_of_several_clouds() {
    contradicts(
        "E2",
        "ChatGPT and other consumer products could already run outside Azure.",
        "cloud-exclusivity",
        "not exclusive",
    );
    agrees("E5", "OpenAI could now serve its products on any cloud.", "cloud-exclusivity");
    for event in ["E1", "E5"] {
        contradicts(
            event,
            "The 2019 deal made Azure one of several clouds OpenAI could use.",
            "cloud-exclusivity",
            "not exclusive",
        );
    }
    agrees("E5", "The amendment made Azure one of several clouds OpenAI can use.", "cloud-exclusivity");
    agrees("E1", "The 2019 deal made Azure OpenAI's exclusive cloud.", "cloud-exclusivity");
}

/// A state said to begin at a future year, with "through" naming a channel, not a time
/// ("sell its products through rival cloud providers, but only from 2030 onwards"); "through
/// 2030" still holds a state to a time.
#[test]
fn through_a_channel_is_no_time_a_state_holds_to() {
    for text in [
        "OpenAI will be allowed to sell its products through rival cloud providers, but only from 2030 onwards.",
        "From 2030, OpenAI can sell its products through rival cloud providers.",
    ] {
        contradicts("E5", text, "cloud-exclusivity", "exclusive");
    }
    // "through 2030" holds a primary cloud to a year the terms do not set: still read.
    contradicts("E5", "Azure stays OpenAI's primary cloud through 2030.", "primary-cloud-until", "2030");
    agrees("E5", "OpenAI can sell its products through rival cloud providers.", "cloud-exclusivity");
}
