//! Round 30b (German, French, Portuguese): the blind articles de-b45, fr-b45 and pt-b45. Their
//! false alarm and the classes of their misses, each with sentences written for the class, wrong
//! and right.

use super::*;

/// fr-b45's false alarm: a post of Microsoft's that "ne mentionne pas une seule fois" AGI read
/// "seule" as Microsoft pursuing AGI alone, then the negation as Microsoft barred. "Seul" after an
/// article is "a single" ("une seule fois", "un seul mot", "le seul groupe"), not "alone".
#[test]
fn seul_after_an_article_is_not_alone() {
    silent_in(
        "E5",
        "Le billet de Microsoft ne mentionne pas une seule fois l'intelligence artificielle générale (AGI), ce qui a fait dire à plusieurs commentateurs que la clause AGI était morte.",
        "fr",
    );
    silent_in("E4", "Microsoft n'a pas consacré une seule ligne à l'AGI dans son communiqué.", "fr");
    silent_in("E4", "Microsoft est le seul groupe à investir autant dans l'intelligence artificielle générale.", "fr");
    // "Seul" after the verb or the AGI still is "alone", agreeing or denied.
    says_in("E4", "Microsoft peut désormais poursuivre l'AGI seul ou avec des tiers.", "fr", "microsoft-agi", "agrees");
    says_in("E4", "Microsoft ne peut toujours pas poursuivre l'AGI seul.", "fr", "microsoft-agi", "contradicts");
}

/// pt-b45's headline "Microsoft e OpenAI assinam acordo vinculativo …" at the memorandum's
/// stage: European Portuguese "vinculativo" for the deal binding or not, as "vinculante".
#[test]
fn vinculativo_is_binding_in_european_portuguese() {
    says_in(
        "E3",
        "Microsoft e OpenAI assinam acordo vinculativo para a nova fase da aliança",
        "pt",
        "deal-binding",
        "contradicts",
    );
    says_in(
        "E3",
        "As duas empresas assinaram um acordo juridicamente vinculativo na quinta-feira.",
        "pt",
        "deal-binding",
        "contradicts",
    );
    says_in(
        "E3",
        "O acordo anunciado na quinta-feira já é vinculativo para as duas empresas.",
        "pt",
        "deal-binding",
        "contradicts",
    );
    says_in(
        "E3",
        "A Microsoft e a OpenAI assinaram um acordo não vinculativo para a próxima fase da parceria.",
        "pt",
        "deal-binding",
        "agrees",
    );
    // The definitive agreement binds: at its stage "vinculativo" agrees, and the memorandum of
    // September dated by its month is judged at its own stage.
    says_in(
        "E4",
        "As duas empresas assinaram um acordo juridicamente vinculativo na terça-feira.",
        "pt",
        "deal-binding",
        "agrees",
    );
    says_in(
        "E4",
        "Em setembro, as empresas tinham assinado um acordo não vinculativo.",
        "pt",
        "deal-binding",
        "agrees",
    );
    // Another company's binding deal is none of the partnership's.
    silent_in("E3", "A OpenAI assinou com a Amazon um acordo vinculativo de 38 mil milhões de dólares.", "pt");
}

/// pt-b45: "a Microsoft anunciou oficialmente um investimento de 10 mil milhões de dólares" (the
/// 2023 investment): neither company disclosed the amount. A party said to announce or confirm
/// the sum, in Portuguese; the sum stated plainly, or told by the press, is the reporting.
#[test]
fn portuguese_investment_announced_by_a_party_is_disclosed() {
    says_in(
        "E2",
        "Nessa altura, a Microsoft anunciou oficialmente um investimento de 10 mil milhões de dólares, repartido por vários anos.",
        "pt",
        "investment-disclosed",
        "contradicts",
    );
    says_in(
        "E3",
        "Em janeiro de 2023, a Microsoft confirmou um novo investimento de 10 mil milhões de dólares na OpenAI.",
        "pt",
        "investment-disclosed",
        "contradicts",
    );
    // 2019's $1 billion was announced: agreeing.
    says_in(
        "E3",
        "Em 2019, a Microsoft anunciou um investimento de 1000 milhões de dólares na OpenAI.",
        "pt",
        "investment-disclosed",
        "agrees",
    );
    silent_in("E2", "Em 2023, a Microsoft investiu 10 mil milhões de dólares na OpenAI.", "pt");
    silent_in("E2", "Segundo a Bloomberg, a Microsoft anunciou um investimento de 10 mil milhões de dólares.", "pt");
}

/// de-b45: German verb-final clauses, the verb of holding after its object: a relative clause
/// ("Microsoft, das an der neuen Gesellschaft seither rund 49 Prozent hält") and a "dass" clause
/// ("dass Microsoft nach wie vor ein Vorkaufsrecht auf neue Rechenkapazitäten besitzt").
#[test]
fn german_verb_final_holding() {
    says_in(
        "C2",
        "Microsoft, das an der neuen Gesellschaft seither rund 45 Prozent hält, ist ihr grösster Aktionär.",
        "de",
        "stake-percent",
        "contradicts",
    );
    says_in(
        "C2",
        "Microsoft, das rund 27 Prozent an der neuen Gesellschaft hält, ist der grösste Aktionär.",
        "de",
        "stake-percent",
        "agrees",
    );
    // Revenue received, and a stake someone else holds, are no stake of Microsoft's.
    silent_in("C2", "Microsoft, das 20 Prozent der Einnahmen von OpenAI erhält, profitiert.", "de");
    says_in(
        "C2",
        "Bemerkenswert ist, dass Microsoft weiterhin ein Vorkaufsrecht auf zusätzliche Rechenkapazitäten von OpenAI besitzt.",
        "de",
        "rofr",
        "contradicts",
    );
    says_in("C2", "Wichtig ist, dass Microsoft kein Vorkaufsrecht mehr besitzt.", "de", "rofr", "agrees");
    // Before October the right held.
    says_in(
        "E3",
        "Bemerkenswert ist, dass Microsoft weiterhin ein Vorkaufsrecht auf zusätzliche Rechenkapazitäten von OpenAI besitzt.",
        "de",
        "rofr",
        "agrees",
    );
}

/// de-b45's headline "Amazon-Deal hin oder her: Microsoft behält seine Exklusivrechte an OpenAI
/// bis 2032": a short label before a colon names what the sentence is about; another company
/// named there does not make the claim after it another term's, when a party of the deal is named
/// after the colon.
#[test]
fn a_label_before_a_colon_does_not_block_the_claim_after_it() {
    let wrong = [
        ("de", "Trotz Amazon-Deal: Microsoft behält seine Exklusivrechte bis 2032"),
        ("en", "Amazon deal aside: Microsoft keeps its exclusive IP rights through 2032"),
        ("fr", "Accord avec Amazon : Microsoft garde ses droits exclusifs jusqu'en 2032"),
    ];
    for (lang, text) in wrong {
        says_in("C2", text, lang, "exclusivity-until", "contradicts");
    }
    says_in(
        "C2",
        "Amazon-Deal hin oder her: Microsoft behält seine Exklusivrechte bis zur AGI",
        "de",
        "exclusivity-until",
        "agrees",
    );
    // No party of the deal after the colon: the exclusivity may be Amazon's.
    silent_in("C2", "Amazon: Exklusivität bis 2032", "de");
    silent_in("C2", "Amazon-Deal: Amazon erhält exklusive Rechte bis 2032", "de");
}

/// pt-b45: "O memorando de entendimento assinado na quinta-feira fixa já os termos comerciais":
/// the commercial terms named as such as what the memorandum fixes, after a participle that dates
/// it, in four languages. The memorandum disclosed none.
#[test]
fn the_memorandum_said_to_fix_the_commercial_terms() {
    let wrong = [
        ("pt", "O memorando de entendimento assinado na quinta-feira fixa já os termos comerciais da nova relação."),
        ("pt", "O memorando fixa os principais termos financeiros da parceria."),
        ("es", "El memorando firmado el jueves ya fija los términos comerciales de la alianza."),
        ("fr", "Le protocole d'accord signé jeudi fixe déjà les termes commerciaux du partenariat."),
        ("de", "Das Memorandum regelt bereits die finanziellen Details der Partnerschaft."),
    ];
    for (lang, text) in wrong {
        says_in("E3", text, lang, "mou-terms", "contradicts");
    }
    // The memorandum named inside another subject's clause is not the one that fixes.
    silent_in(
        "E3",
        "Der endgültige Vertrag, der auf das Memorandum folgt, regelt die kommerziellen Bedingungen.",
        "de",
    );
    silent_in("E3", "O memorando não fixa os termos comerciais da parceria.", "pt");
}

/// pt-b45: "ficando a fundação original reduzida ao papel de acionista sem poder de decisão": the
/// nonprofit left a shareholder without power loses control, in four languages (it keeps control
/// of the PBC).
#[test]
fn the_nonprofit_reduced_to_a_powerless_shareholder() {
    let wrong = [
        (
            "pt",
            "Na prática, a OpenAI entrega o negócio à nova sociedade, ficando a fundação reduzida ao papel de acionista sem poder de decisão.",
        ),
        ("pt", "A entidade sem fins lucrativos fica reduzida ao papel de mera acionista da nova PBC."),
        ("es", "La fundación queda relegada al papel de mera accionista de la nueva sociedad."),
        ("fr", "La fondation devient une actionnaire sans pouvoir de décision."),
        ("de", "Die Stiftung wird zur bloßen Aktionärin ohne Mitspracherecht degradiert."),
    ];
    for (lang, text) in wrong {
        says_in("E3", text, lang, "nonprofit-control", "contradicts");
    }
    silent_in(
        "E3",
        "A fundação continuará a controlar a PBC e terá uma participação acima de 100 mil milhões de dólares.",
        "pt",
    );
    silent_in("E3", "Die Stiftung bleibt nicht nur Aktionärin, sie behält auch die Kontrolle.", "de");
}
