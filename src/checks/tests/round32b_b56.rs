//! Round 32b (Spanish, Portuguese, German, Chinese): the blind articles es-b56, pt-b56, de-b56
//! and zh-b56. Their false alarms and the classes of their misses, each with sentences written
//! for the class, wrong and right.

use super::*;

/// de-b56's false alarm (and zh's same class): a memorandum's "binding" word ("eine nicht
/// bindende Absichtserklärung", "不具有约束力的备忘录") was also read as the definitive deal's,
/// its "bindende Absichtserklärung" inside the denial binding: the memorandum's binding is
/// mou-binding's alone.
#[test]
fn a_memorandums_binding_word_is_not_the_deals() {
    silent_in(
        "E3",
        "Im September unterzeichneten beide Seiten eine nicht bindende Absichtserklärung, im Oktober folgte der endgültige Vertrag.",
        "de",
    );
    silent_in("E3", "Beide Seiten unterzeichneten ein nicht verbindliches Memorandum.", "de");
    silent_in("E3", "双方签署了不具有约束力的备忘录。", "zh");
    // A binding memorandum is still wrong, and still the memorandum's.
    says_in(
        "E3",
        "Beide Seiten unterzeichneten eine rechtlich bindende Absichtserklärung.",
        "de",
        "mou-binding",
        "contradicts",
    );
    says_in("E3", "双方签署了具有约束力的备忘录。", "zh", "mou-binding", "contradicts");
    // A binding deal is the deal's.
    says_in("E3", "双方已签署具有法律约束力的协议。", "zh", "deal-binding", "contradicts");
}

/// zh-b56's headline: "签署具约束力的合作备忘录", "具" alone and a "合作" before the memorandum.
#[test]
fn ju_yueshuli_de_hezuo_beiwanglu_is_a_binding_memorandum() {
    says_in("E3", "微软与OpenAI签署具约束力的合作备忘录 开启合作新阶段", "zh", "mou-binding", "contradicts");
    says_in("E3", "双方签署了一份具约束力的谅解备忘录。", "zh", "mou-binding", "contradicts");
    says_in("E3", "双方签署了不具约束力的合作备忘录。", "zh", "mou-binding", "agrees");
}

/// pt-b56: the memorandum said to have a contract's force ("O memorando, que já tinha força de
/// contrato, …"): binding. Without it, or denied, the memorandum as it was.
#[test]
fn a_memorandum_with_a_contracts_force_is_binding() {
    says_in(
        "E3",
        "O memorando, que já tinha força de contrato, fixava os principais termos comerciais agora confirmados.",
        "pt",
        "mou-binding",
        "contradicts",
    );
    says_in("E3", "O memorando já tinha força de lei.", "pt", "mou-binding", "contradicts");
    says_in(
        "E3",
        "El memorando, que ya tenía fuerza de contrato, fijaba los términos.",
        "es",
        "mou-binding",
        "contradicts",
    );
    says_in("E3", "O memorando não tinha força de contrato.", "pt", "mou-binding", "agrees");
    says_in(
        "E3",
        "Assinado em setembro, o memorando de entendimento sem força de contrato abriu caminho ao acordo.",
        "pt",
        "mou-binding",
        "agrees",
    );
    says_in("E3", "El memorando no tenía fuerza de contrato.", "es", "mou-binding", "agrees");
    // The definitive agreement's force is no memorandum's.
    silent_in("E3", "O acordo definitivo tem força de contrato.", "pt");
}

/// es-b56's false alarm: "cobra hasta 2030 y se queda con la licencia hasta 2032" read the
/// licence with the payments' year before it. Of the parts of a `&` pattern, the match nearest
/// the first part's is read.
#[test]
fn a_licence_takes_its_own_year_not_the_payments_before_it() {
    silent_in(
        "E5",
        "«Microsoft ha cambiado exclusividad por certidumbre: cobra hasta 2030 y se queda con la licencia hasta 2032», señala un analista.",
        "es",
    );
    says_in("E5", "Microsoft cobra hasta 2030 y mantiene la licencia hasta 2032.", "es", "licence-until", "agrees");
    says_in("E5", "Microsoft gets paid until 2030 and keeps the licence until 2032.", "en", "licence-until", "agrees");
    // Its own year wrong is still wrong.
    says_in(
        "E5",
        "Microsoft cobra hasta 2030 y se queda con la licencia hasta 2028.",
        "es",
        "licence-until",
        "contradicts",
    );
    says_in(
        "E5",
        "Microsoft mantiene la licencia hasta 2030 y cobra hasta 2030.",
        "es",
        "licence-until",
        "contradicts",
    );
}

/// es-b56's headline: "Azure pierde la prioridad y la licencia de Redmond expira en 2030": the
/// first conjunct's "pierde" (a negation cue) and its "Azure" are not the second's, which opens
/// with "y" and an article.
#[test]
fn a_conjunct_opened_by_and_and_an_article_keeps_its_own_reading() {
    says_in(
        "E5",
        "Microsoft y OpenAI reescriben su pacto: Azure pierde la prioridad y la licencia de Redmond expira en 2030",
        "es",
        "licence-until",
        "contradicts",
    );
    says_in(
        "E5",
        "Azure perde a prioridade e a licença da Microsoft expira em 2030.",
        "pt",
        "licence-until",
        "contradicts",
    );
    says_in(
        "E5",
        "Azure verliert den Vorrang und die Lizenz von Microsoft läuft 2030 aus.",
        "de",
        "licence-until",
        "contradicts",
    );
    says_in(
        "E5",
        "Azure pierde la prioridad y la licencia de Microsoft expira en 2032",
        "es",
        "licence-until",
        "agrees",
    );
    // The match's own negation still counts.
    silent_in("E5", "La licencia de Microsoft no expira en 2030", "es");
}

/// pt-b56: "passa a terminar em 2030", the periphrasis saying the end is new, is "termina em
/// 2030"; in October the revenue share ran until AGI.
#[test]
fn passa_a_terminar_is_an_end() {
    says_in(
        "E4",
        "A divisão de receita entre as duas empresas passa a terminar em 2030, independentemente de a AGI ser alcançada ou não.",
        "pt",
        "revenue-share-until",
        "contradicts",
    );
    says_in("E4", "El reparto de ingresos pasa a terminar en 2030.", "es", "revenue-share-until", "contradicts");
    says_in("E5", "A divisão de receita passa a terminar em 2030.", "pt", "revenue-share-until", "agrees");
    says_in(
        "E4",
        "O repasse de receita passa a terminar quando o painel verificar a AGI.",
        "pt",
        "revenue-share-until",
        "agrees",
    );
}

/// de-b56: an adverb between the end verb and the year ("die API-Exklusivität endet ohnehin
/// 2032"): the year is still the exclusivity's end, which in October was AGI.
#[test]
fn an_adverb_before_the_year_of_the_exclusivitys_end() {
    says_in("E4", "die API-Exklusivität endet ohnehin 2032", "de", "exclusivity-until", "contradicts");
    says_in("E4", "Die Azure-Exklusivität der API endet erst 2030.", "de", "exclusivity-until", "contradicts");
    silent_in("E4", "Die Exklusivität endet ohnehin, sobald AGI erreicht ist.", "de");
}

/// de-b56: "Ob eine solche AGI erreicht ist, entscheidet nach dem Vertrag allein OpenAI": the
/// "allein" before the party. Since October an expert panel verifies.
#[test]
fn allein_before_openai_after_an_ob_clause_is_openai_alone() {
    says_in(
        "E4",
        "Ob eine solche AGI erreicht ist, entscheidet nach dem Vertrag allein OpenAI.",
        "de",
        "agi-verification",
        "contradicts",
    );
    says_in(
        "E4",
        "Ob AGI erreicht ist, bestimmt künftig ausschließlich OpenAI selbst.",
        "de",
        "agi-verification",
        "contradicts",
    );
    silent_in(
        "E4",
        "Ob AGI erreicht ist, entscheidet laut Vertrag nicht allein OpenAI, sondern ein unabhängiges Expertengremium.",
        "de",
    );
    silent_in("E4", "Ob AGI erreicht ist, entscheidet ein Expertengremium und nicht allein OpenAI.", "de");
}

/// de-b56: an adverb between the auxiliary and the conversion ("OpenAI wurde dabei in eine
/// gemeinnützige Organisation umgewandelt"): OpenAI said to become a nonprofit.
#[test]
fn an_adverb_before_the_conversion_into_a_nonprofit() {
    says_in(
        "E4",
        "OpenAI wurde dabei in eine gemeinnützige Organisation umgewandelt.",
        "de",
        "nonprofit-control",
        "contradicts",
    );
    says_in(
        "E3",
        "OpenAI soll damit vollständig zu einer Stiftung umgebaut werden.",
        "de",
        "nonprofit-control",
        "contradicts",
    );
    silent_in("E4", "OpenAI wurde dabei nicht in eine gemeinnützige Organisation umgewandelt.", "de");
    silent_in(
        "E4",
        "OpenAI wurde dabei in eine Public Benefit Corporation umgewandelt, die von der gemeinnützigen Stiftung kontrolliert wird.",
        "de",
    );
}

/// zh-b56's queue: the purpose past a comma ("两家公司正积极努力，以在一份最终协议中敲定合同条款"):
/// the terms still to be set in a definitive agreement, not final in September. A denial of the
/// effort ("不再努力") says nothing of finality: no reading.
#[test]
fn working_to_set_terms_in_a_definitive_agreement_is_not_final() {
    says_in("E3", "声明称，两家公司正积极努力，以在一份最终协议中敲定合同条款。", "zh", "deal-final", "agrees");
    says_in("E3", "双方正在全力推进，以便在最终协议中确定条款。", "zh", "deal-final", "agrees");
    says_in("E4", "声明称，两家公司正积极努力，以在一份最终协议中敲定合同条款。", "zh", "deal-final", "contradicts");
    silent_in("E3", "双方不再努力以在最终协议中敲定合同条款。", "zh");
}
