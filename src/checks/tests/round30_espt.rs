//! Round 30 (Spanish, Portuguese): the blind articles es-b43 and pt-b42. Each miss's and false
//! alarm's class, with sentences written for the class, wrong and right, and a hard negative.

use super::*;

/// es-b43's false alarm: "…cierran el acuerdo definitivo que el memorando de septiembre dejaba
/// pendiente". A relative clause right after the match ("que …") tells something of its own; the
/// event or month it names dates that telling, not the match: the closing of the agreement is the
/// article's stage, not September's.
#[test]
fn a_relative_clause_after_the_match_dates_only_itself() {
    says_in(
        "E4",
        "Las dos compañías publicaron ayer el texto con el que cierran el acuerdo definitivo que el memorando de septiembre dejaba pendiente.",
        "es",
        "deal-final",
        "agrees",
    );
    says_in(
        "E4",
        "Com o texto, as empresas assinam o acordo definitivo que o memorando de setembro deixara em aberto.",
        "pt",
        "deal-final",
        "agrees",
    );
    // The right kept is kept now, whenever it was obtained.
    says_in("E4", "A Microsoft mantém o direito de preferência que obteve em janeiro.", "pt", "rofr", "contradicts");
    says_in("E3", "Microsoft conserva el derecho de tanteo que obtuvo en enero.", "es", "rofr", "agrees");
    // The memorandum as the subject still speaks of itself.
    silent_in("E4", "El memorando de septiembre dejaba pendiente el acuerdo definitivo.", "es");
}

/// es-b43's held miss: "…la participación del grupo de Redmond, que además conserva el derecho
/// de tanteo sobre la nueva capacidad". A relative clause closing the sentence right after a
/// party's name speaks of the party (or the phrase that ends with it), as one between commas does.
#[test]
fn a_closing_relative_after_a_party_speaks_of_the_party() {
    says_in(
        "E4",
        "El acuerdo definitivo valora en unos 135.000 millones de dólares la participación del grupo de Redmond, que además conserva el derecho de tanteo sobre la nueva capacidad.",
        "es",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "O acordo avalia a fatia da Microsoft, que também mantém o direito de preferência sobre nova capacidade.",
        "pt",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "El acuerdo define la participación del grupo de Redmond, que además renuncia a su derecho de tanteo.",
        "es",
        "rofr",
        "agrees",
    );
    // The phrase that ends with the party: the licence, not OpenAI, turns non-exclusive.
    says_in(
        "E5",
        "Microsoft conserva hasta 2032 su licencia sobre los modelos de OpenAI, que pasa a ser no exclusiva.",
        "es",
        "licence-exclusivity",
        "agrees",
    );
    // Another company's relative clause is no party's.
    silent_in(
        "E4",
        "Amazon invirtió 8.000 millones en Anthropic, que conserva un derecho de tanteo sobre su capacidad.",
        "es",
    );
}

/// pt-b42's held miss (and pt-b29's): "A empresa preserva o direito de preferência sobre novas
/// contratações de capacidade". "Preservar" keeps a right as "conservar" and "manter" do.
#[test]
fn preserving_a_right_of_first_refusal_keeps_it() {
    says_in(
        "E5",
        "A Microsoft preserva o direito de preferência sobre novas contratações de capacidade da OpenAI.",
        "pt",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "Microsoft preserva su derecho de tanteo sobre la nueva capacidad de cálculo.",
        "es",
        "rofr",
        "contradicts",
    );
    says_in("C1", "A Microsoft preserva o direito de preferência sobre nova capacidade.", "pt", "rofr", "agrees");
    says_in("E4", "A Microsoft não preserva mais o direito de preferência.", "pt", "rofr", "agrees");
}

/// es-b43's held miss: "Microsoft posee en OpenAI Group PBC una inversión valorada en
/// aproximadamente 135.000 millones de dólares, lo que equivale a algo más de un tercio del
/// capital". The official sentence's own noun, an investment valued at $135 billion, is the stake
/// whose share follows; a fraction told with an ordinal ("una cuarta parte") is a share too.
#[test]
fn the_share_of_an_investment_valued_at_135_billion() {
    let es = "Según el comunicado, Microsoft posee en OpenAI Group PBC una inversión valorada en aproximadamente 135.000 millones de dólares, lo que equivale a algo más de un tercio del capital en base totalmente diluida.";
    says_in("E4", es, "es", "stake-percent-valued", "contradicts");
    says_in(
        "E4",
        "Microsoft tem um investimento avaliado em cerca de US$ 135 bilhões, o que equivale a 40% da OpenAI Group PBC.",
        "pt",
        "stake-percent-valued",
        "contradicts",
    );
    says_in(
        "E4",
        "Microsoft posee una inversión valorada en 135.000 millones de dólares, lo que equivale a más de una cuarta parte del capital.",
        "es",
        "stake-percent-valued",
        "agrees",
    );
    says_in(
        "E4",
        "Microsoft tem um investimento avaliado em cerca de US$ 135 bilhões, o que equivale a aproximadamente 27% da OpenAI Group PBC.",
        "pt",
        "what-135-billion-is",
        "agrees",
    );
    // Money put in is no investment valued at the sum.
    silent_in("E4", "Microsoft ha invertido 13.000 millones en OpenAI, que hoy vale el 27% más que en enero.", "es");
}

/// es-b43's held miss: "Los derechos sobre los métodos confidenciales con los que se desarrollan
/// los modelos —lo que el texto denomina investigación— se prolongan igualmente hasta 2032". The
/// confidential methods are what the terms call research (E4 defines it so).
#[test]
fn the_confidential_methods_are_research() {
    says_in(
        "E4",
        "Los derechos sobre los métodos confidenciales con los que se desarrollan los modelos —lo que el texto denomina investigación— se prolongan igualmente hasta 2032, salvo que el panel verifique antes la AGI.",
        "es",
        "research-ip-until",
        "contradicts",
    );
    says_in(
        "E4",
        "Os direitos sobre os métodos confidenciais usados no desenvolvimento dos modelos vão até 2032.",
        "pt",
        "research-ip-until",
        "contradicts",
    );
    says_in(
        "E4",
        "Los derechos de Microsoft sobre los métodos confidenciales de desarrollo duran hasta 2030.",
        "es",
        "research-ip-until",
        "agrees",
    );
}

/// pt-b42's context sentence: "Os números não aparecem nos comunicados: a CNBC … falou em 20%, e
/// o site The Information estimou o limite em US$ 38 bilhões". Figures said to be absent from the
/// statements are left undisclosed, reported as such: the queue does not list them, while a term
/// stated beside that absence is still read.
#[test]
fn figures_absent_from_the_statements_are_undisclosed() {
    assert_eq!(
        listed_in(
            "E5",
            "Os números não aparecem nos comunicados: a CNBC, citando fonte anônima, falou em 20%, e o site The Information estimou o limite em US$ 38 bilhões.",
            "pt"
        ),
        0
    );
    assert_eq!(
        listed_in(
            "E5",
            "Las cifras no aparecen en los comunicados: la CNBC habló de un 20% y The Information estimó el tope en 38.000 millones de dólares.",
            "es"
        ),
        0
    );
    says_in(
        "E5",
        "O teto não aparece no comunicado, mas os repasses da OpenAI à Microsoft vão até 2032.",
        "pt",
        "revenue-share-until",
        "contradicts",
    );
}
