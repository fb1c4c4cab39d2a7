//! Round 29, German and French: the classes of the blind articles b37 (de) and b38 (fr) missed,
//! each with sentences of our own, of both kinds.

use super::*;

/// fr-b38 (an analyst's quote): the Azure-first exception as a condition on OpenAI's freedom,
/// opened by "dès que", "si", "lorsque" (German "sobald") rather than "sauf si": either condition
/// alone is not the terms' "cannot and chooses not to".
#[test]
fn azure_first_exception_opened_by_des_que_si_or_sobald() {
    let c = "azure-first-exception";
    says_in(
        "E5",
        "« OpenAI aura les mains libres dès que Microsoft ne pourra pas ou ne voudra pas suivre », résume une analyste.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "OpenAI pourra lancer ses produits ailleurs si Microsoft ne peut pas ou choisit de ne pas fournir les capacités nécessaires.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "OpenAI ne pourra aller ailleurs que si Microsoft ne peut pas et ne veut pas fournir les capacités nécessaires.",
        "fr",
        c,
        "agrees",
    );
    says_in(
        "E5",
        "OpenAI darf seine Produkte anderswo anbieten, sobald Microsoft die nötigen Fähigkeiten nicht bereitstellen kann oder will.",
        "de",
        c,
        "contradicts",
    );
    // Another term's condition is not this one.
    silent_in("E5", "Lorsque Microsoft ne pourra pas ou ne voudra pas payer, les versements cesseront.", "fr");
}

/// de-b37 (the summary): German "auslaufen" split around its year ("laufen ohnehin spätestens
/// 2030 aus", "läuft Ende 2030 aus") ends a period at the year; "läuft bis" is read as before.
#[test]
fn german_auslaufen_split_around_its_year_ends_there() {
    says_in(
        "C2",
        "Doch Microsofts Exklusivrechte an OpenAIs Technologie laufen ohnehin spätestens 2030 aus.",
        "de",
        "exclusivity-until",
        "contradicts",
    );
    says_in("E5", "Die Zahlungen von OpenAI an Microsoft laufen Ende 2030 aus.", "de", "revenue-share-until", "agrees");
    says_in(
        "E5",
        "Die Zahlungen von OpenAI an Microsoft laufen bereits 2028 aus.",
        "de",
        "revenue-share-until",
        "contradicts",
    );
    says_in("E5", "Microsofts Lizenz läuft erst im Jahr 2032 aus.", "de", "licence-until", "agrees");
    // "laufen" without the particle after the year is no end; another company's term is none.
    silent_in("E5", "Die Verhandlungen laufen 2030 weiter.", "de");
    silent_in("E5", "Der Cloud-Vertrag von OpenAI mit Amazon läuft 2030 aus.", "de");
}

/// de-b37: a term said to be fixed in the memorandum by a relative clause after it ("eine
/// Absichtserklärung …, in der bereits eine Umsatzbeteiligung von 20 Prozent … festgeschrieben
/// war", "un protocole d'accord, dans lequel était déjà fixée une part …"): it disclosed none.
#[test]
fn a_term_fixed_in_the_memorandum_by_a_relative_clause() {
    let c = "mou-terms";
    says_in(
        "E3",
        "Im September 2025 unterzeichneten beide eine unverbindliche Absichtserklärung für die nächste Phase, in der bereits eine Umsatzbeteiligung von 20 Prozent für Microsoft festgeschrieben war.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E3",
        "Beide unterzeichneten eine Absichtserklärung, in der ein Anteil von 30 Prozent für Microsoft festgelegt wurde.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E3",
        "Les deux groupes ont signé un protocole d'accord, dans lequel était déjà fixée une part de revenus de 20 % pour Microsoft.",
        "fr",
        c,
        "contradicts",
    );
    silent_in(
        "E3",
        "Beide unterzeichneten eine Absichtserklärung, in der noch keine Umsatzbeteiligung festgelegt war.",
        "de",
    );
    silent_in(
        "E3",
        "Beide unterzeichneten eine Absichtserklärung, in der laut Insidern eine Umsatzbeteiligung von 20 Prozent festgelegt sein soll.",
        "de",
    );
    silent_in(
        "E3",
        "Les deux groupes ont signé un protocole d'accord non contraignant, dans lequel aucune part de revenus n'était encore fixée.",
        "fr",
    );
}

/// de-b37: who commits the $250 billion, with the verb before Microsoft after a fronted phrase
/// ("Im Gegenzug verpflichtete sich Microsoft, OpenAI … zu finanzieren", "finanziert Microsoft")
/// or "s'engager à financer": OpenAI buys the Azure services.
#[test]
fn microsoft_funding_the_250_billion_with_the_verb_first() {
    let c = "azure-commitment-side";
    says_in(
        "E4",
        "Im Gegenzug verpflichtete sich Microsoft, OpenAI zusätzliche Azure-Kapazität im Wert von 250 Milliarden Dollar zu finanzieren.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E4",
        "Dafür finanziert Microsoft OpenAI zusätzliche Azure-Dienste über 250 Milliarden Dollar.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E4",
        "Im Gegenzug verpflichtete sich OpenAI, zusätzliche Azure-Dienste im Wert von 250 Milliarden Dollar zu kaufen.",
        "de",
        c,
        "agrees",
    );
    says_in(
        "E4",
        "En échange, Microsoft s'est engagé à financer 250 milliards de dollars de capacités Azure pour OpenAI.",
        "fr",
        c,
        "contradicts",
    );
    says_in("E4", "OpenAI s'est engagé à acheter 250 milliards de dollars de services Azure.", "fr", c, "agrees");
}

/// fr-b38: the revenue share's end as a deadline set to a year ("avait déjà fixé à 2030
/// l'échéance de ce partage de revenus", "legte das Ende der Umsatzbeteiligung auf 2030 fest"):
/// October 2025 tied it to AGI, April 2026 to 2030.
#[test]
fn a_revenue_share_deadline_set_to_a_year() {
    let c = "revenue-share-until";
    says_in(
        "E5",
        "L’accord définitif d’octobre dernier, lui, avait déjà fixé à 2030 l’échéance de ce partage de revenus.",
        "fr",
        c,
        "contradicts",
    );
    says_in("E5", "L'avenant fixe à 2030 l'échéance des versements d'OpenAI à Microsoft.", "fr", c, "agrees");
    says_in("E5", "L'échéance des versements d'OpenAI à Microsoft a été fixée à 2028.", "fr", c, "contradicts");
    says_in("E5", "Die Vereinbarung legte das Ende der Umsatzbeteiligung auf 2030 fest.", "de", c, "agrees");
    says_in("E5", "Die Laufzeit der Zahlungen an Microsoft wurde auf 2028 festgelegt.", "de", c, "contradicts");
    // The licence's deadline is another term.
    silent_in("E5", "L'échéance de la licence est fixée à 2030.", "fr");
}

/// fr-b38: the stake that $135 billion is worth with a possessive for Microsoft ("sa
/// participation … valorisée à environ 135 milliards de dollars, soit 32,5 %", "seine
/// Beteiligung"): roughly 27 percent on that basis.
#[test]
fn the_135_billion_stake_with_a_possessive() {
    let c = "stake-percent-valued";
    says_in(
        "E5",
        "Lors de la recapitalisation d’octobre, sa participation dans OpenAI Group PBC avait été valorisée à environ 135 milliards de dollars, soit 32,5 % du capital sur une base convertie et diluée.",
        "fr",
        c,
        "contradicts",
    );
    says_in(
        "E4",
        "Sa participation, valorisée à environ 135 milliards de dollars, représente environ 27 % du capital.",
        "fr",
        c,
        "agrees",
    );
    says_in(
        "E4",
        "Seine Beteiligung im Wert von rund 135 Milliarden Dollar entspricht etwa 32,5 Prozent.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "E4",
        "Seine Beteiligung im Wert von rund 135 Milliarden Dollar entspricht etwa 27 Prozent.",
        "de",
        c,
        "agrees",
    );
    silent_in("E4", "Avant les levées de fonds, sa participation de 135 milliards représentait 32,5 %.", "fr");
}

/// fr-b38 (the headline): Azure's priority given an end year ("Azure gardera la priorité
/// jusqu'en 2030", "Azure behält den Vorrang bis 2030"): the products ship first on Azure with no
/// end date. Priority on compute capacity is the right of first refusal.
#[test]
fn azures_priority_given_an_end_year() {
    let c = "azure-first-until";
    says_in(
        "E5",
        "Microsoft et OpenAI réécrivent leur pacte : Azure gardera la priorité jusqu’en 2030",
        "fr",
        c,
        "contradicts",
    );
    says_in("E5", "Azure behält den Vorrang bis 2030.", "de", c, "contradicts");
    silent_in("E5", "Azure gardera la priorité sur les nouvelles capacités de calcul jusqu’en 2030.", "fr");
    silent_in("E5", "Azure behält den Vorrang, unbefristet.", "de");
}

/// de-b37 (an analyst's quote): a German quotation closed after its stop („… ab.“) ends its
/// sentence, so the next sentence's negation ("längst nicht mehr") stays out of it; and the
/// licence said to cover the devices with "deckt … ab".
#[test]
fn german_licence_covering_devices_with_deckt_ab_in_a_closed_quotation() {
    let c = "consumer-hardware";
    let text = "Eine Analystin bringt es auf den Punkt: „Microsoft sitzt überall mit am Tisch, selbst bei OpenAIs künftigen Endgeräten für Verbraucher, denn auch die deckt die Lizenz ab.“ Zugleich sei Microsoft längst nicht mehr allein auf OpenAI angewiesen.";
    says_in("C2", text, "de", c, "contradicts");
    says_in(
        "E4",
        "Microsofts Lizenz deckt auch OpenAIs künftige Endgeräte für Verbraucher ab.",
        "de",
        c,
        "contradicts",
    );
    says_in("E4", "Microsofts Lizenz deckt OpenAIs Endgeräte für Verbraucher nicht ab.", "de", c, "agrees");
}

/// de-b37: products "without an API" are the non-API products ("Produkte ohne API dürfen auf
/// jeder Cloud laufen", "les produits sans API"); "ohne" there negated "any cloud" into
/// Azure-exclusive APIs, a false alarm in coverage of April 2026. "Nur Produkte ohne API" on
/// another cloud says which products may go there (October 2025's scope).
#[test]
fn products_without_an_api_are_the_non_api_products() {
    silent_in("E5", "Produkte ohne API dürfen auf jeder Cloud laufen.", "de");
    says_in("E4", "Produkte ohne API dürfen auf jeder Cloud laufen.", "de", "third-party-non-api", "agrees");
    says_in(
        "E5",
        "Les produits sans API pourront être servis sur n'importe quel cloud.",
        "fr",
        "third-party-non-api",
        "agrees",
    );
    silent_in("E5", "Les produits sans API pourront être servis sur n'importe quel cloud.", "fr");
    // "Only the products without an API" on another cloud is which products may go there.
    says_in("E5", "Auf AWS darf OpenAI nur Produkte ohne API anbieten.", "de", "cloud-scope", "contradicts");
    says_in("E4", "Auf AWS darf OpenAI nur Produkte ohne API anbieten.", "de", "cloud-scope", "agrees");
    says_in("E5", "OpenAI ne peut proposer chez AWS que ses produits sans API.", "fr", "cloud-scope", "contradicts");
    // The API products themselves still read.
    says_in("E5", "APIs dürfen nicht auf jeder Cloud laufen.", "de", "api-exclusivity", "contradicts");
    says_in(
        "E5",
        "Les produits sans API pourront être servis sur n'importe quel cloud, les API restant réservées à Azure.",
        "fr",
        "api-exclusivity",
        "contradicts",
    );
}

/// de-b37: the 2023 amount put officially by both companies with a pronoun for the investment
/// ("Beide Konzerne bezifferten sie offiziell auf zehn Milliarden Dollar", "les deux groupes
/// l'ont chiffrée officiellement à 10 milliards"): neither disclosed it.
#[test]
fn both_companies_putting_an_amount_on_it() {
    let c = "investment-disclosed";
    says_in("E2", "Beide Konzerne bezifferten sie offiziell auf zehn Milliarden Dollar.", "de", c, "contradicts");
    says_in("E1", "Beide Konzerne bezifferten sie offiziell auf eine Milliarde Dollar.", "de", c, "agrees");
    says_in("E2", "Les deux groupes l'ont chiffrée officiellement à 10 milliards de dollars.", "fr", c, "contradicts");
    silent_in(
        "E2",
        "Beide Unternehmen bezifferten sie nicht; Berichten zufolge geht es um zehn Milliarden Dollar.",
        "de",
    );
    silent_in("E2", "Les deux groupes ne l'ont jamais chiffrée ; la presse parle de 10 milliards de dollars.", "fr");
}

/// fr-b38: the licence Microsoft "holds" in a relative clause ("la licence dont dispose
/// Microsoft sur la propriété intellectuelle d'OpenAI") and a revenue share without a possessive
/// ("ne versera plus de part de revenus"): who gives to whom.
#[test]
fn french_licence_holder_in_a_relative_clause_and_a_bare_share_of_revenue() {
    says_in(
        "E5",
        "La licence dont dispose Microsoft sur la propriété intellectuelle d’OpenAI devient non exclusive.",
        "fr",
        "licence-direction",
        "agrees",
    );
    says_in(
        "E5",
        "La licence dont dispose OpenAI sur la propriété intellectuelle de Microsoft devient non exclusive.",
        "fr",
        "licence-direction",
        "contradicts",
    );
    says_in("E5", "Microsoft ne versera plus de part de revenus à OpenAI.", "fr", "revenue-flow", "agrees");
    says_in("E5", "Microsoft versera toujours une part de revenus à OpenAI.", "fr", "revenue-flow", "contradicts");
}
