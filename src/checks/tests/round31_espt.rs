//! Round 31 (Spanish, Portuguese): the blind articles es-b48 and pt-b49. Each false alarm's and
//! miss's class, with sentences written for the class, wrong and right, and a hard negative.

use super::*;

/// es-b48's false alarm: "Microsoft ya no pagará a OpenAI ninguna participación en los ingresos,
/// un flujo que hasta ahora corría …". The "until now" of an appositive or relative clause past a
/// comma after the match tells how things stood; the match says what holds now.
#[test]
fn until_now_in_a_trailing_aside_dates_only_the_aside() {
    says_in(
        "E5",
        "A Microsoft não vai mais pagar à OpenAI nenhuma participação na receita, um fluxo que até agora corria nos dois sentidos.",
        "pt",
        "revenue-flow",
        "agrees",
    );
    says_in(
        "E5",
        "Microsoft will no longer pay OpenAI any revenue share, a flow that until now ran in both directions.",
        "en",
        "revenue-flow",
        "agrees",
    );
    says_in(
        "E5",
        "Microsoft dejará de pagar a OpenAI una parte de sus ingresos, que antes recibía el laboratorio.",
        "es",
        "revenue-flow",
        "agrees",
    );
    // The aside does not excuse a wrong main clause.
    says_in(
        "E5",
        "Microsoft seguirá pagando a OpenAI una participación en los ingresos, un flujo que hasta ahora corría en ambas direcciones.",
        "es",
        "revenue-flow",
        "contradicts",
    );
    // "Until now" that opens the clause still dates it.
    silent_in("E5", "Hasta ahora, Microsoft pagaba a OpenAI una participación en los ingresos.", "es");
}

/// es-b48's false alarm: "Aquel pacto mantuvo a Azure como proveedor exclusivo de nube …". A
/// preterite of keeping or holding ("mantuvo", "manteve", "conservó") tells how things stood, as
/// English "kept" does: true at some stage up to the article's is true.
#[test]
fn a_preterite_of_keeping_speaks_of_the_past() {
    says_in(
        "E5",
        "Aquel pacto mantuvo a Azure como proveedor exclusivo de nube de OpenAI.",
        "es",
        "cloud-exclusivity",
        "agrees",
    );
    says_in(
        "E5",
        "O acordo de 2023 manteve a Azure como nuvem exclusiva da OpenAI.",
        "pt",
        "cloud-exclusivity",
        "agrees",
    );
    // The present still states the article's stage.
    says_in(
        "E5",
        "Microsoft mantiene a Azure como proveedor exclusivo de nube de OpenAI.",
        "es",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E5",
        "Azure sigue siendo el proveedor exclusivo de nube de OpenAI.",
        "es",
        "cloud-exclusivity",
        "contradicts",
    );
}

/// es-b48's false alarm: "Anthropic, el principal rival de OpenAI, reparte su cómputo entre …, y
/// en noviembre pasado se comprometió a comprar 30.000 millones de dólares en capacidad de
/// Azure". The company that opens the clause is the subject of a later predicate joined by ", y"
/// that names none of its own: its commitment is no term of OpenAI's.
#[test]
fn a_rival_opening_the_clause_is_the_subject_of_its_later_predicate() {
    silent_in(
        "E4",
        "Anthropic, el principal rival de OpenAI, reparte su cómputo entre AWS y Google, y se comprometió a comprar 30.000 millones de dólares en capacidad de Azure.",
        "es",
    );
    silent_in(
        "E4",
        "A Anthropic, rival da OpenAI, divide sua computação entre AWS e Google, e se comprometeu a comprar US$ 30 bilhões em serviços da Azure.",
        "pt",
    );
    // OpenAI as the subject: its commitment is read.
    says_in(
        "E4",
        "OpenAI reparte su cómputo entre varias nubes, y se comprometió a comprar 30.000 millones de dólares en servicios de Azure.",
        "es",
        "azure-commitment",
        "contradicts",
    );
    // A predicate that names OpenAI as its own subject is OpenAI's, whoever opens the clause.
    says_in(
        "E4",
        "Anthropic reparte su cómputo entre AWS y Google, y OpenAI se comprometió a comprar 250.000 millones de dólares en servicios de Azure.",
        "es",
        "azure-commitment",
        "agrees",
    );
    says_in(
        "E4",
        "Anthropic reparte su cómputo entre AWS y Google, y OpenAI se comprometió a comprar 30.000 millones de dólares en servicios de Azure.",
        "es",
        "azure-commitment",
        "contradicts",
    );
}

/// Found while measuring es-b48's queue (test-pt's "A participação na receita não terá nenhum
/// teto", read as capped): a value that spells the negative word itself ("nenhum teto", "ningún
/// tope") is in negative concord with the "no" / "não" before it, one negation, not a denial.
#[test]
fn a_value_spelling_its_negative_word_agrees_with_the_no_before_it() {
    says_in("E5", "A participação na receita não terá nenhum teto.", "pt", "revenue-share-cap", "contradicts");
    says_in("E5", "Los pagos a Microsoft no tendrán ningún tope.", "es", "revenue-share-cap", "contradicts");
    says_in(
        "E5",
        "Os pagamentos à Microsoft não terão nenhum limite até 2030.",
        "pt",
        "revenue-share-cap",
        "contradicts",
    );
    says_in("E5", "Los pagos de OpenAI a Microsoft tendrán un tope total.", "es", "revenue-share-cap", "agrees");
    // A denial of the whole still denies.
    silent_in("E5", "Não é verdade que os pagamentos à Microsoft não terão nenhum teto.", "pt");
}

/// es-b48's and pt-b7's queue: "… una participación en los ingresos", "… uma participação na
/// receita" named a stake for the queue, beside a reading of the revenue share that spans it.
/// A subject word that opens the longer subject a judged reading read, with its complement, is
/// that subject's.
#[test]
fn a_stake_word_inside_the_revenue_share_read_is_no_stake() {
    assert_eq!(
        listed_in("E5", "Pelo texto, a Microsoft deixará de pagar uma participação na receita à OpenAI.", "pt"),
        0
    );
    assert_eq!(listed_in("E5", "Microsoft ya no pagará a OpenAI ninguna participación en los ingresos.", "es"), 0);
    // A stake named on its own is still the queue's.
    assert_eq!(
        listed_in(
            "E5",
            "Microsoft ya no pagará a OpenAI ninguna participación en los ingresos, pero su participación en OpenAI se reduce.",
            "es"
        ),
        1
    );
}
