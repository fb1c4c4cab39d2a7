//! Round 32 (Spanish, Portuguese, French): the blind articles es-b52, pt-b53 and fr-b53. Each
//! test names the class of an article passage the checks missed or misread, with sentences
//! written for the class, wrong and right, and a hard negative.

use super::*;

/// es-b52's analyst quote: the either-condition opened by "it is enough that" ("basta con que
/// Microsoft no pueda o no quiera dar soporte …"): either condition alone lets OpenAI launch
/// elsewhere, the term needs both. The same in Portuguese and French; a clause that speaks of
/// no cloud, product or support (investing, paying) is no Azure-first exception.
#[test]
fn an_either_condition_opened_by_it_is_enough_that() {
    says_in(
        "E5",
        "Basta con que Microsoft no pueda o no quiera dar soporte a un producto para que OpenAI lo lance en otra nube.",
        "es",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "Basta que a Microsoft não possa ou não queira suportar um produto para que a OpenAI o lance noutra nuvem.",
        "pt",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "Il suffit que Microsoft ne puisse pas ou ne veuille pas prendre en charge un produit pour qu'OpenAI le lance ailleurs.",
        "fr",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "Los productos de OpenAI saldrán primero en Azure, salvo que Microsoft no pueda y además decida no dar soporte.",
        "es",
        "azure-first-exception",
        "agrees",
    );
    silent_in("E5", "Cuando Microsoft no puede o no quiere invertir más, OpenAI busca otros socios.", "es");
    silent_in("E5", "Quando a Microsoft não pode ou não quer investir mais, a OpenAI procura outros parceiros.", "pt");
}

/// es-b52's "Microsoft confirmó oficialmente una inyección de 10.000 millones" and fr-b53's
/// "l'investissement de 10 milliards de dollars officialisé par les deux groupes": the 2023 sum
/// said to be made official, with an adverb after the verb or a participle after the sum.
/// Neither company disclosed it; the sum stated plainly, or after the press, is reporting.
#[test]
fn the_2023_sum_made_official_by_an_adverb_or_a_participle() {
    says_in(
        "E2",
        "En enero de 2023 Microsoft anunció oficialmente una inversión de 10.000 millones de dólares.",
        "es",
        "investment-disclosed",
        "contradicts",
    );
    says_in(
        "E2",
        "L'investissement de 10 milliards de dollars annoncé par Microsoft en janvier 2023 ouvrait la troisième phase.",
        "fr",
        "investment-disclosed",
        "contradicts",
    );
    says_in(
        "E2",
        "O investimento de 10 mil milhões de dólares anunciado pela Microsoft em janeiro de 2023 abriu a terceira fase.",
        "pt",
        "investment-disclosed",
        "contradicts",
    );
    silent_in(
        "E2",
        "En enero de 2023 Microsoft hizo una inversión de 10.000 millones de dólares, según Bloomberg.",
        "es",
    );
    silent_in(
        "E2",
        "L'investissement de 10 milliards de dollars rapporté par la presse en janvier 2023 n'a jamais été confirmé.",
        "fr",
    );
}

/// pt-b53's open-weight models "sem qualquer restrição de capacidade": "without any
/// restriction" with a determiner and a singular noun, in the three languages. October 2025
/// allows them when they meet capability criteria.
#[test]
fn open_weights_without_any_restriction() {
    for (lang, text) in [
        ("pt", "A OpenAI pode lançar modelos de pesos abertos sem qualquer restrição."),
        ("es", "OpenAI podrá publicar modelos de pesos abiertos sin ninguna restricción."),
        ("fr", "OpenAI pourra publier des modèles à poids ouverts sans aucune restriction."),
    ] {
        says_in("E4", text, lang, "open-weights", "contradicts");
    }
    says_in(
        "E4",
        "A OpenAI pode lançar modelos de pesos abertos que cumpram critérios de capacidade.",
        "pt",
        "open-weights",
        "agrees",
    );
}

/// pt-b53's revenue share kept "até ao dia em que a OpenAI declarar ter atingido a AGI", after
/// "prevê que se mantenha" (a reflexive "se" before a subjunctive is no "if"): the time said
/// with a noun of time and a relative. October 2025 has a panel verify OpenAI's declaration.
#[test]
fn the_revenue_share_until_the_day_openai_declares_agi() {
    for (lang, text) in [
        ("pt", "A partilha de receitas mantém-se até ao dia em que a OpenAI declarar a AGI."),
        ("es", "El reparto de ingresos durará hasta el día en que OpenAI declare la AGI."),
        ("fr", "Le partage des revenus durera jusqu'au jour où OpenAI déclarera l'AGI."),
        (
            "pt",
            "Quanto à partilha de receitas, o acordo de outubro prevê que se mantenha até ao dia em que a OpenAI declarar a AGI.",
        ),
    ] {
        says_in("E4", text, lang, "revenue-share-until", "contradicts");
    }
    says_in(
        "E4",
        "O acordo prevê que a partilha de receitas se mantenha até que um painel de especialistas verifique a AGI.",
        "pt",
        "revenue-share-until",
        "agrees",
    );
}

/// fr-b53's national-security access "à condition que l'accès à son API transite par Azure": a
/// condition with a subject of its own that keeps the access on Azure. October 2025 allows any
/// cloud; a condition on someone else's approval is no cloud.
#[test]
fn national_security_on_condition_that_it_pass_through_azure() {
    says_in(
        "E4",
        "OpenAI pourra servir les clients de la sécurité nationale, à condition que l'accès transite par Azure.",
        "fr",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "OpenAI pourra servir les clients de la sécurité nationale quel que soit le fournisseur de cloud.",
        "fr",
        "national-security",
        "agrees",
    );
    silent_in(
        "E4",
        "OpenAI pourra servir les clients de la sécurité nationale, à condition que le Pentagone l'approuve.",
        "fr",
    );
}

/// fr-b53's "c'est un panel d'experts indépendants, et non plus OpenAI, qui aura la charge de
/// déclarer l'AGI": the panel named as the declarer in a cleft sentence. OpenAI declares, the
/// panel verifies; a panel that verifies what OpenAI declares agrees.
#[test]
fn a_cleft_sentence_naming_the_panel_as_the_declarer() {
    says_in(
        "E4",
        "Désormais, c'est un panel d'experts indépendants, et non plus OpenAI, qui aura la charge de déclarer l'AGI.",
        "fr",
        "agi-verification",
        "contradicts",
    );
    says_in("E4", "C'est un panel d'experts qui déclarera l'AGI.", "fr", "agi-verification", "contradicts");
    says_in(
        "E4",
        "Ahora es un panel de expertos independientes, y no OpenAI, quien declarará la AGI.",
        "es",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "C'est un panel d'experts qui vérifiera l'AGI déclarée par OpenAI.",
        "fr",
        "agi-verification",
        "agrees",
    );
    silent_in("E4", "C'est OpenAI, et non un panel d'experts, qui déclarera l'AGI, le panel la vérifiera.", "fr");
}

/// fr-b53's market news: "l'action Microsoft a gagné près de 2 % dans la séance" is a share
/// price's move, no stake.
#[test]
fn a_share_price_move_is_no_stake() {
    silent_in("E4", "À Wall Street, l'action Microsoft a gagné près de 2 % dans la séance.", "fr");
    silent_in("E4", "Le titre Microsoft a gagné 3 % en Bourse après l'annonce.", "fr");
    says_in("E4", "Microsoft détient environ 27 % d'OpenAI Group PBC.", "fr", "stake-percent", "agrees");
    says_in("E4", "Microsoft détient désormais 49 % d'OpenAI Group PBC.", "fr", "stake-percent", "contradicts");
}

/// fr-b53's false alarm: "Microsoft renonce à son droit de premier refus …, un droit qui avait
/// lui-même remplacé, en janvier, l'exclusivité d'Azure" was judged in January 2025 by the month
/// inside the relative clause. A month in a relative clause past the match tells of the
/// relative's noun; the claim keeps the article's stage, where it agrees.
#[test]
fn a_month_in_a_relative_apposition_dates_its_noun() {
    silent_in(
        "E4",
        "En contrepartie, Microsoft renonce à son droit de premier refus, un droit qui avait lui-même remplacé, en janvier, l'exclusivité d'Azure.",
        "fr",
    );
    silent_in(
        "E4",
        "Microsoft renuncia a su derecho de preferencia, un derecho que había sustituido, en enero, a la exclusividad de Azure.",
        "es",
    );
    says_in(
        "E4",
        "Microsoft renonce à son droit de premier refus, un droit qui avait lui-même remplacé, en janvier, l'exclusivité d'Azure.",
        "fr",
        "rofr",
        "agrees",
    );
    // A month in the claim's own clause still dates it: January 2025 set the right up.
    says_in("E4", "En janvier, Microsoft renonce à son droit de premier refus.", "fr", "rofr", "contradicts");
}

/// es-b52's false alarm: "En aquella etapa, Azure siguió siendo el proveedor exclusivo …" tells
/// how things stood in 2023 with the preterite of staying; the present still states it.
#[test]
fn the_preterite_of_staying_is_past() {
    silent_in(
        "E5",
        "En aquella etapa, Azure siguió siendo el proveedor exclusivo para todas las cargas de trabajo de OpenAI, desde la investigación hasta la API.",
        "es",
    );
    silent_in("E5", "Nessa fase, a Azure continuou a ser o fornecedor exclusivo das APIs da OpenAI.", "pt");
    says_in(
        "E5",
        "Azure sigue siendo el proveedor exclusivo de las API de OpenAI.",
        "es",
        "api-exclusivity",
        "contradicts",
    );
}

/// pt-b53's dek: "jura à Microsoft que nada muda: a Azure mantém … o direito de preferência":
/// the colon after "nada muda" joins two clauses, so the lead's "nada" stays on its side.
/// October 2025 ended the right of first refusal.
#[test]
fn a_colon_after_nothing_changes_ends_its_negation() {
    says_in(
        "C2",
        "A OpenAI jura à Microsoft que nada muda: a Azure mantém o direito de preferência sobre nova capacidade de computação.",
        "pt",
        "rofr",
        "contradicts",
    );
    says_in(
        "C2",
        "Tudo muda: a Microsoft perde o direito de preferência sobre nova capacidade.",
        "pt",
        "rofr",
        "agrees",
    );
}

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

/// fr-b53's queue: "le rapport trimestriel (10-Q) de Microsoft" names a filing, no figure left
/// unread beside the agreeing reading of the $250 billion; a figure the reading leaves over is
/// still listed.
#[test]
fn a_filings_name_is_no_number() {
    assert_eq!(
        listed_in(
            "E4",
            "OpenAI s'est engagée à acheter pour 250 milliards de dollars supplémentaires de services Azure, un engagement qui figure aussi dans le rapport trimestriel (10-Q) de Microsoft.",
            "fr"
        ),
        0
    );
    assert_eq!(
        listed_in(
            "E4",
            "OpenAI has contracted to purchase an incremental $250 billion of Azure services, Microsoft's 10-K says.",
            "en"
        ),
        0
    );
    assert!(kept(
        "E4",
        "OpenAI s'est engagée à acheter pour 250 milliards de dollars supplémentaires de services Azure, dont 10 % dès cette année.",
        "fr"
    ));
}

/// fr-b53's queue: "le partage des revenus entre les deux groupes" names the pair as one
/// description, no giver and no receiver: no direction is left unread beside the agreeing
/// readings (the payments "étalés sur une période plus longue" are read now, in French, Spanish
/// and Portuguese). Both parties named apart, with a verb of giving, still leave the direction
/// to the editor.
#[test]
fn the_pair_as_one_description_names_no_direction() {
    assert_eq!(
        listed_in(
            "E4",
            "Le partage des revenus entre les deux groupes est maintenu, mais les paiements seront étalés sur une période plus longue.",
            "fr"
        ),
        0
    );
    says_in("E4", "Los pagos se harán a lo largo de un período más largo.", "es", "revenue-share-period", "agrees");
    says_in(
        "E4",
        "Os pagamentos serão feitos ao longo de um período mais longo.",
        "pt",
        "revenue-share-period",
        "agrees",
    );
    says_in(
        "E4",
        "Les paiements seront effectués sur une période plus courte.",
        "fr",
        "revenue-share-period",
        "contradicts",
    );
    assert!(kept("E4", "Microsoft licenses its IP to OpenAI through 2032.", "en"));
}

/// fr-b53's "Avant les dernières levées de fonds d'OpenAI, cette part représentait 32,5 %": the
/// stake before the rounds, named by a demonstrative after them. 32.5 percent agrees, another
/// figure contradicts.
#[test]
fn the_stake_before_the_rounds_named_by_a_demonstrative() {
    says_in(
        "E4",
        "Avant les dernières levées de fonds d'OpenAI, cette part représentait 32,5 %.",
        "fr",
        "stake-before-rounds",
        "agrees",
    );
    says_in(
        "E4",
        "Antes de las últimas rondas de financiación de OpenAI, esa participación era del 32,5 %.",
        "es",
        "stake-before-rounds",
        "agrees",
    );
    says_in(
        "E4",
        "Antes das últimas rondas de financiamento da OpenAI, essa participação era de 32,5 %.",
        "pt",
        "stake-before-rounds",
        "agrees",
    );
    says_in(
        "E4",
        "Avant les dernières levées de fonds d'OpenAI, cette part représentait 40 %.",
        "fr",
        "stake-before-rounds",
        "contradicts",
    );
}
