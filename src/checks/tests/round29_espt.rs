//! Round 29 (Spanish, Portuguese): the blind articles es-b37 and pt-b37. Each miss's class and the
//! queue's context sentences, with sentences written for the class, wrong and right.

use super::*;

/// pt-b37's loss: "um memorando de entendimento — vinculante, segundo as empresas —". An
/// adjective of a term's status opening an aside between dashes or brackets says it of the noun
/// right before it: read with the words before it, not as a clause with no subject.
#[test]
fn a_status_adjective_between_dashes_qualifies_the_noun_before_it() {
    says_in(
        "E4",
        "Em setembro, as duas já tinham assinado um memorando de entendimento — vinculante, segundo as empresas — e prometido fechar os detalhes em um acordo definitivo.",
        "pt",
        "mou-binding",
        "contradicts",
    );
    says_in(
        "E3",
        "Microsoft y OpenAI firmaron un memorando de entendimiento —jurídicamente vinculante— para la siguiente fase.",
        "es",
        "mou-binding",
        "contradicts",
    );
    says_in(
        "E3",
        "A Microsoft e a OpenAI assinaram um memorando (não vinculante) para a próxima fase.",
        "pt",
        "mou-binding",
        "agrees",
    );
    says_in(
        "E4",
        "Las dos firmaron en septiembre un memorando de entendimiento —no vinculante— y prometieron un acuerdo definitivo.",
        "es",
        "mou-binding",
        "agrees",
    );
    // Hearsay inside the aside still hedges it.
    silent_in(
        "E3",
        "Ambas firmaron un memorando de entendimiento —vinculante, según fuentes— para la siguiente fase.",
        "es",
    );
}

/// pt-b37's held miss: "a confirmação ficará a cargo de um comitê formado por executivos da própria
/// Microsoft". A panel made up of Microsoft's own people is Microsoft deciding, not an
/// independent panel; the verification of something else is no AGI verification.
#[test]
fn a_panel_made_up_of_microsoft_people_is_microsoft_deciding() {
    says_in(
        "E4",
        "A diferença é que, quando a OpenAI declarar ter chegado lá, a confirmação ficará a cargo de um comitê formado por executivos da própria Microsoft.",
        "pt",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "Quando a OpenAI declarar a AGI, a verificação caberá a um painel composto por diretores da Microsoft.",
        "pt",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "La AGI la validará un panel integrado por ejecutivos de Microsoft.",
        "es",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "La AGI la verificará un panel de expertos independientes, no un comité formado por ejecutivos de Microsoft.",
        "es",
        "agi-verification",
        "agrees",
    );
    silent_in("E4", "A verificação das contas ficará a cargo de um comitê formado por executivos da Microsoft.", "pt");
}

/// pt-b37's held miss: "Em troca de manter o direito de preferência …, a Microsoft recebeu o
/// compromisso". The right of first refusal kept as what Microsoft gave something in exchange for
/// is kept; given up in exchange, it ended.
#[test]
fn the_right_of_first_refusal_kept_in_exchange() {
    says_in(
        "E4",
        "Em troca de manter o direito de preferência para ser a fornecedora de computação da OpenAI, a Microsoft recebeu o compromisso de compra de US$ 250 bilhões adicionais em serviços do Azure.",
        "pt",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "A cambio de conservar su derecho de tanteo sobre la nueva capacidad, Microsoft aceptó que OpenAI comprara 250.000 millones en Azure.",
        "es",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "Em troca de abrir mão do direito de preferência, a Microsoft recebeu o compromisso de compra de US$ 250 bilhões.",
        "pt",
        "rofr",
        "agrees",
    );
    says_in(
        "E4",
        "A cambio de renunciar a su derecho de tanteo, Microsoft obtuvo un compromiso de compra de 250.000 millones de dólares en Azure.",
        "es",
        "rofr",
        "agrees",
    );
    // "Acabar con" the right is its end.
    says_in(
        "E5",
        "Aquel pacto comprometió a OpenAI a comprar servicios de Azure por otros 250.000 millones de dólares y acabó con el derecho de tanteo de Microsoft.",
        "es",
        "rofr",
        "agrees",
    );
}

/// es-b37's held miss: "Hasta ayer, la API de OpenAI solo podía contratarse a través de Azure,
/// sin excepciones, ni siquiera para los clientes de seguridad nacional". "Until yesterday" names
/// the terms just before the stage; "sin excepciones, ni siquiera para" denies an exception, not
/// the restriction.
#[test]
fn until_yesterday_and_no_exception_not_even_for() {
    says_in(
        "E5",
        "Hasta ayer, la API de OpenAI solo podía contratarse a través de Azure, sin excepciones, ni siquiera para los clientes de seguridad nacional del Gobierno de Estados Unidos.",
        "es",
        "national-security",
        "contradicts",
    );
    says_in(
        "E5",
        "Até ontem, clientes de segurança nacional só podiam usar a API pelo Azure.",
        "pt",
        "national-security",
        "contradicts",
    );
    // The eve of October's agreement: Azure was then the only way, which is right.
    silent_in(
        "E4",
        "Hasta ayer, los clientes de seguridad nacional solo podían contratar la API a través de Azure.",
        "es",
    );
    // The imperfect without such a time may recall the terms before October: not read.
    silent_in(
        "E4",
        "Los clientes de seguridad nacional solo podían contratar la API a través de Azure, algo que el acuerdo cambia.",
        "es",
    );
    // Until yesterday the licence was exclusive: right on the eve of April's amendment.
    says_in("E5", "Hasta ayer, la licencia de Microsoft era exclusiva.", "es", "licence-exclusivity", "agrees");
}

/// es-b37's held miss: "tampoco desaparece del todo: si un panel … verifica que OpenAI ha
/// alcanzado la AGI antes de 2030, los pagos a Microsoft se interrumpirán". A colon after a verb
/// "tampoco" stands before is a break (the negation stays on its side), and "antes de 2030", a
/// deadline still ahead, is no past.
#[test]
fn a_negated_verb_before_a_colon_and_a_deadline_ahead() {
    says_in(
        "E5",
        "La famosa cláusula de la AGI, que durante años pendió sobre el acuerdo, tampoco desaparece del todo: si un panel de expertos independientes verifica que OpenAI ha alcanzado la AGI antes de 2030, los pagos a Microsoft se interrumpirán.",
        "es",
        "revenue-share-agi",
        "contradicts",
    );
    says_in(
        "E5",
        "Si un panel verifica la AGI antes de 2030, los pagos a Microsoft se interrumpirán.",
        "es",
        "revenue-share-agi",
        "contradicts",
    );
    says_in(
        "E5",
        "A cláusula nunca desaparece de vez: se um painel verificar a AGI antes de 2030, os pagamentos à Microsoft serão interrompidos.",
        "pt",
        "revenue-share-agi",
        "contradicts",
    );
    // A year already past after "antes" is still the past.
    says_in("E5", "Antes de 2026, la licencia de Microsoft era exclusiva.", "es", "licence-exclusivity", "agrees");
}

/// The b37 context sentences the queue listed: a share price's move in the imperfect ("Las
/// acciones de Microsoft cedían un 1,2 %") and both parties that did not comment ("não
/// comentaram"); and a remark's negation before ", porque", which opens a clause of its own, so
/// that what follows is read.
#[test]
fn market_moves_undisclosed_details_and_a_cause_are_no_terms() {
    assert_eq!(
        listed_in(
            "E5",
            "Las acciones de Microsoft cedían un 1,2 % a media sesión en Nueva York, a pocos días de que la compañía presente sus cuentas.",
            "es"
        ),
        0
    );
    assert_eq!(
        listed_in(
            "E4",
            "Procuradas pela reportagem, as duas companhias não comentaram além dos comunicados oficiais.",
            "pt"
        ),
        0
    );
    // A cap said to be missing is no undisclosed detail: still listed.
    assert_eq!(listed_in("E5", "OpenAI seguirá pagando a Microsoft hasta 2030, pero ya no habrá tope.", "es"), 1);
    says_in(
        "E5",
        "Para un analista, la cláusula «ya no es la bomba que era», porque Microsoft tiene desde octubre vía libre para perseguir la AGI por su cuenta.",
        "es",
        "microsoft-agi",
        "agrees",
    );
    says_in(
        "E5",
        "Microsoft no pierde nada, porque su licencia sigue siendo exclusiva.",
        "es",
        "licence-exclusivity",
        "contradicts",
    );
}

/// pt-b37's context sentence: the consumer devices "left out", verb first ("Ficam de fora os
/// dispositivos de consumo da OpenAI").
#[test]
fn consumer_devices_left_out_verb_first() {
    says_in(
        "E4",
        "Ficam de fora os dispositivos de consumo da OpenAI, como o aparelho de Jony Ive.",
        "pt",
        "consumer-hardware",
        "agrees",
    );
    says_in("E4", "Quedan fuera los dispositivos de consumo de OpenAI.", "es", "consumer-hardware", "agrees");
    says_in(
        "E4",
        "Os direitos de propriedade intelectual da Microsoft agora incluem os dispositivos de consumo da OpenAI.",
        "pt",
        "consumer-hardware",
        "contradicts",
    );
}
