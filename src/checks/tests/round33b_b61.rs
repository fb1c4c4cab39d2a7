//! Round 33b (Spanish, German, Chinese): the blind articles es-b61, de-b61 and zh-b61, each class
//! with sentences written for it, wrong and right.

use super::*;

/// es-b61's false alarm: Mexican Spanish groups thousands with a comma ("250,000 millones de
/// dólares", "1,300 millones"); read as a decimal comma, $250 billion was $250 million. One
/// comma before exactly three digits and "millones" is a thousands group; a decimal is
/// written "1,3 millones", and "mil millones" and the dotted form read as before.
#[test]
fn spanish_comma_grouped_thousands_of_millions() {
    let c = "azure-commitment";
    says_in(
        "E4",
        "OpenAI se comprometió a comprar 250,000 millones de dólares adicionales en servicios de Azure.",
        "es",
        c,
        "agrees",
    );
    silent_in(
        "E4",
        "OpenAI se comprometió a comprar 250,000 millones de dólares adicionales en servicios de Azure.",
        "es",
    );
    says_in(
        "E4",
        "OpenAI se comprometió a comprar 250.000 millones de dólares adicionales en servicios de Azure.",
        "es",
        c,
        "agrees",
    );
    // A wrong sum in the same writing is still wrong.
    says_in(
        "E4",
        "OpenAI se comprometió a comprar 150,000 millones de dólares adicionales en servicios de Azure.",
        "es",
        c,
        "contradicts",
    );
    // The stake's value, comma-grouped: $135 billion.
    says_in(
        "E4",
        "La participación de Microsoft está valorada en unos 135,000 millones de dólares.",
        "es",
        "stake-value",
        "agrees",
    );
}

/// de-b61's false alarm: a gloss taken out between commas (", also für jene API-Aufrufe,") took
/// the comma before the relative clause that follows it ("bei denen keine Daten … gespeichert
/// werden"); that clause's negation describes the calls, and no longer denies the stateless
/// APIs' exclusivity. A negation of the main clause still does.
#[test]
fn german_relative_after_a_gloss_keeps_its_negation() {
    let c = "api-exclusivity";
    silent_in(
        "C2",
        "Die gemeinsame Erklärung zieht eine klare Linie: Azure bleibt der exklusive Cloud-Anbieter für zustandslose OpenAI-Schnittstellen, also für jene API-Aufrufe, bei denen keine Daten zwischen den Anfragen gespeichert werden.",
        "de",
    );
    silent_in(
        "C2",
        "Azure bleibt exklusiver Anbieter für zustandslose OpenAI-APIs, also für jene Aufrufe, die keinen Zustand speichern.",
        "de",
    );
    says_in(
        "C2",
        "Azure ist nicht mehr der exklusive Cloud-Anbieter für zustandslose OpenAI-Schnittstellen.",
        "de",
        c,
        "contradicts",
    );
    says_in(
        "C2",
        "Azure bleibt der exklusive Cloud-Anbieter für zustandslose OpenAI-Schnittstellen, bei denen keine Daten gespeichert werden.",
        "de",
        c,
        "agrees",
    );
}

/// zh-b61's headline-like sentence: a party before 则 right after a comma ("…在任何云上销售全部
/// 产品，微软则保住了…独家授权") sets its own statement against the one before; read as one
/// clause, the first half's cloud words hid the second half's exclusive licence. After a
/// condition ("如果…，微软则…") the two halves stay one statement.
#[test]
fn chinese_party_ze_after_a_comma_opens_a_clause() {
    let c = "licence-exclusivity";
    says_in(
        "E5",
        "4月27日的修订协议让OpenAI可以在任何云上销售全部产品，微软则保住了对OpenAI模型与产品的独家授权，期限至2032年。",
        "zh",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "修订协议让OpenAI可在任意云平台销售产品，微软方面则仍持有对OpenAI技术的独家许可。",
        "zh",
        c,
        "contradicts",
    );
    says_in("E5", "OpenAI可以在任何云上销售产品，微软则保留了对OpenAI模型的非独家授权。", "zh", c, "agrees");
    silent_in("E5", "OpenAI获准在任何云上销售产品，微软则不再享有独家授权。", "zh");
    // A condition's consequence stays with its condition.
    silent_in("E5", "如果OpenAI宣布实现AGI，微软则失去独家授权。", "zh");
}

/// es-b61: a source between commas inside a pseudo-cleft ("Lo que Redmond sí retiene, según
/// personas cercanas a la negociación, es su derecho de preferencia …") parted the pattern;
/// "según …" between commas frames the clause as "according to" does. "Según fuentes" stays a
/// rumour.
#[test]
fn spanish_source_between_commas_frames_the_clause() {
    let c = "rofr";
    says_in(
        "E5",
        "Lo que Redmond sí retiene, según personas cercanas a la negociación, es su derecho de preferencia sobre cualquier capacidad de cómputo nueva que OpenAI quiera contratar.",
        "es",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Lo que Microsoft perdió, según la empresa, es su derecho de preferencia sobre la nueva capacidad.",
        "es",
        c,
        "agrees",
    );
    says_in(
        "E5",
        "Microsoft conserva, según un portavoz, su derecho de preferencia sobre la nueva capacidad.",
        "es",
        c,
        "contradicts",
    );
    silent_in(
        "E5",
        "Microsoft conserva, según fuentes cercanas, su derecho de preferencia sobre la nueva capacidad.",
        "es",
    );
    says_in(
        "E5",
        "Microsoft behält, laut einem Sprecher, sein Vorkaufsrecht auf neue Rechenkapazität.",
        "de",
        c,
        "contradicts",
    );
}

/// es-b61: the $135 billion called money invested, written the Mexican way ("que ha invertido
/// alrededor de 135,000 millones de dólares en OpenAI"): the patterns spelled only "135.000". It
/// is the stake's value, in either writing.
#[test]
fn spanish_135_billion_invested_in_comma_grouped_writing() {
    let c = "what-135-billion-is";
    says_in(
        "E5",
        "Microsoft, que ha invertido alrededor de 135,000 millones de dólares en OpenAI desde su primera apuesta, sigue participando directamente en el crecimiento de la compañía como uno de sus principales accionistas.",
        "es",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Microsoft ha realizado una inversión de 135,000 millones de dólares en OpenAI.",
        "es",
        c,
        "contradicts",
    );
    says_in(
        "E4",
        "La participación de Microsoft está valorada en unos 135,000 millones de dólares.",
        "es",
        c,
        "agrees",
    );
    silent_in("E4", "La participación de Microsoft está valorada en unos 135,000 millones de dólares.", "es");
}

/// es-b61: the revenue share said to be set in the memorandum, in a relative clause after it and
/// in the imperfect ("un memorando de entendimiento que ya fijaba … el reparto de ingresos").
/// The memorandum disclosed no commercial terms. (es-b61's own sentence also names the public
/// benefit corporation, which the Spanish phrasings' `unless` keeps out for the nonprofit's
/// stake: it stays in the queue.)
#[test]
fn spanish_memorandum_that_set_the_revenue_share() {
    let c = "mou-terms";
    says_in(
        "E3",
        "Las partes firmaron un memorando de entendimiento que ya fijaba el reparto de ingresos.",
        "es",
        c,
        "contradicts",
    );
    says_in(
        "E3",
        "En septiembre firmaron un memorando que establecía la participación de Microsoft y el reparto de ingresos, y al que solo le faltaba la firma.",
        "es",
        c,
        "contradicts",
    );
    says_in(
        "E5",
        "Un memorando que recogía el reparto de ingresos precedió al acuerdo de abril.",
        "es",
        c,
        "contradicts",
    );
    // The nonprofit's stake, which OpenAI's statement ties to the memorandum, and a rumour.
    silent_in(
        "E3",
        "El memorando fijaba la participación de la fundación sin ánimo de lucro en la nueva sociedad.",
        "es",
    );
    silent_in("E3", "Firmaron un memorando que establecía el reparto de ingresos, según fuentes.", "es");
}

/// zh-b61: the payments' end told with a bare "pay" in a clause of its own ("…向微软付款，但设有
/// 总额上限，而且要一直付到独立专家小组验证AGI为止"): paying until the panel verifies AGI was
/// October 2025's horizon; in April 2026 the payments run through 2030.
#[test]
fn chinese_bare_pay_until_agi() {
    let c = "revenue-share-until";
    let s =
        "反方向的分成则保留下来：OpenAI仍按原有比例向微软付款，但设有总额上限，而且要一直付到独立专家小组验证AGI为止。";
    says_in("E5", s, "zh", c, "contradicts");
    says_in("E4", s, "zh", c, "agrees");
    says_in("E5", "OpenAI继续向微软支付分成，并且要持续支付到AGI得到验证为止。", "zh", c, "contradicts");
    // A year instead of AGI, and a payment that is not made, read no AGI horizon.
    silent_in("E5", "OpenAI向微软付款，但设有上限，而且要一直付到2030年。", "zh");
    silent_in("E5", "微软不必一直付到AGI为止。", "zh");
}

/// es-b61's headline: the revenue share called "la regalía" in the singular ("la regalía para
/// Redmond corre hasta 2032"); only the plural "regalías" was a revenue share. The payments to
/// Microsoft run through 2030.
#[test]
fn spanish_singular_regalia_is_the_revenue_share() {
    let c = "revenue-share-until";
    says_in(
        "E5",
        "Microsoft y OpenAI reescriben su alianza: la nube se abre y la regalía para Redmond corre hasta 2032",
        "es",
        c,
        "contradicts",
    );
    says_in("E5", "La regalía que OpenAI paga a Microsoft se mantiene hasta 2030.", "es", c, "agrees");
    says_in("E5", "La regalía para Microsoft termina en 2030.", "es", c, "agrees");
    // A licence free of royalties is the licence's end, not the payments'.
    silent_in("E5", "La licencia de Microsoft, libre de regalía, dura hasta 2032.", "es");
    silent_in("E5", "Microsoft conservará la licencia hasta 2032 sin pagar regalía alguna.", "es");
}

/// zh-b61 (queue): the memorandum said to disclose no commercial terms, past two commas
/// ("…谅解备忘录，公告本身只有寥寥三句话，没有披露任何商业条款"): the official statement's own
/// point, read as agreeing; its negation is no longer left over for the queue.
#[test]
fn chinese_memorandum_disclosed_no_commercial_terms() {
    let c = "mou-terms";
    says_in(
        "E3",
        "去年9月，双方签署了一份不具约束力的谅解备忘录，公告本身只有寥寥三句话，没有披露任何商业条款。",
        "zh",
        c,
        "agrees",
    );
    says_in("E3", "谅解备忘录并未披露具体商业条款。", "zh", c, "agrees");
    silent_in("E3", "谅解备忘录并未披露具体商业条款。", "zh");
    // Settled terms stay wrong.
    says_in("E3", "谅解备忘录已经敲定了收入分成比例。", "zh", c, "contradicts");
}

/// es-b61 (queue): "una participación de ingresos" is a revenue share, as "una participación en
/// los ingresos" was ("Microsoft ya no pagará a OpenAI una participación de ingresos"); a
/// "participación de Microsoft" is still its stake.
#[test]
fn spanish_participacion_de_ingresos_is_a_revenue_share() {
    let c = "revenue-flow";
    says_in("E5", "Microsoft ya no pagará a OpenAI una participación de ingresos.", "es", c, "agrees");
    silent_in("E5", "Microsoft ya no pagará a OpenAI una participación de ingresos.", "es");
    says_in("E5", "Microsoft seguirá pagando a OpenAI una participación de los ingresos.", "es", c, "contradicts");
    says_in(
        "E5",
        "OpenAI pagará a Microsoft una participación de ingresos hasta 2030.",
        "es",
        "revenue-share-until",
        "agrees",
    );
    says_in(
        "E4",
        "La participación de Microsoft en OpenAI está valorada en 135.000 millones de dólares.",
        "es",
        "stake-value",
        "agrees",
    );
}

/// zh-b61: the technologies named between "commercialise" and the partner ("微软则成为其商业化
/// AGI之前技术的“首选合作伙伴”"): the preferred partner for pre-AGI technology, as in 2019. An
/// exclusive partner, or technology after AGI, is wrong.
#[test]
fn chinese_commercialising_pre_agi_technology() {
    let s = "2019年7月，微软宣布向OpenAI投资10亿美元，Azure成为OpenAI的独家云服务商，微软则成为其商业化AGI之前技术的“首选合作伙伴”。";
    says_in("E1", s, "zh", "commercialization-role", "agrees");
    says_in("E1", s, "zh", "commercialization-scope", "agrees");
    silent_in("E1", s, "zh");
    says_in("E1", "微软成为商业化AGI之后技术的首选合作伙伴。", "zh", "commercialization-scope", "contradicts");
    says_in("E1", "微软成为商业化AGI之前技术的独家合作伙伴。", "zh", "commercialization-role", "contradicts");
}
