//! Round 28 (Spanish): the blind set own34-es, written by a helper who saw neither the rules nor
//! the other sets' sentences. Its false alarm and the classes of its misses, each with sentences
//! written for the class, wrong and right.

use super::*;

/// own34-es-026's false alarm: "los de API serán exclusivos de Azure y el resto podrá servirse
/// desde cualquier nube" read the other products' "cualquier nube" as the APIs' cloud. The APIs
/// kept on Azure "y el resto"/"los demás" anywhere say the APIs are exclusive.
#[test]
fn own34_es_026_the_rest_on_any_cloud_is_not_the_apis() {
    silent_in(
        "E4",
        "OpenAI podrá desarrollar productos junto a terceros: los de API serán exclusivos de Azure y el resto podrá servirse desde cualquier nube.",
        "es",
    );
    says_in(
        "E4",
        "Las API seguirán siendo exclusivas de Azure y los demás productos podrán ir a otras nubes.",
        "es",
        "api-exclusivity",
        "agrees",
    );
    // In April 2026 every product may go anywhere: the APIs kept on Azure are wrong then.
    says_in(
        "E5",
        "Las API seguirán siendo exclusivas de Azure y los demás productos podrán ir a otras nubes.",
        "es",
        "api-exclusivity",
        "contradicts",
    );
    // The negation still flips it: APIs no longer exclusive contradict October's terms.
    says_in(
        "E4",
        "Las API ya no son exclusivas de Azure y el resto de productos podrá servirse desde cualquier nube.",
        "es",
        "api-exclusivity",
        "contradicts",
    );
}

/// own34-es-013: "superaría los 500.000 millones" is "more than $500 billion": a bound, after
/// "superar" in any tense and with the article before the sum.
#[test]
fn superar_los_before_a_sum_is_more_than() {
    says_in(
        "E3",
        "Según el comunicado de OpenAI, esa participación de la fundación superaría los 500.000 millones de dólares.",
        "es",
        "nonprofit-stake",
        "contradicts",
    );
    says_in(
        "E3",
        "La participación de la fundación en la PBC superará los 100.000 millones de dólares.",
        "es",
        "nonprofit-stake",
        "agrees",
    );
}

/// own34-es-039: the licence held by OpenAI in a cleft or with "disponer de" ("Será OpenAI quien
/// disponga … de una licencia … sobre la propiedad intelectual de Microsoft").
#[test]
fn spanish_licence_holder_with_disponer_de_and_a_cleft() {
    says_in(
        "E5",
        "Será OpenAI quien disponga hasta 2032 de una licencia no exclusiva sobre la propiedad intelectual de Microsoft.",
        "es",
        "licence-direction",
        "contradicts",
    );
    says_in(
        "E5",
        "Hasta 2032, OpenAI dispondrá de una licencia no exclusiva sobre la propiedad intelectual de Microsoft.",
        "es",
        "licence-direction",
        "contradicts",
    );
    says_in(
        "E5",
        "Microsoft contará con una licencia no exclusiva sobre la propiedad intelectual de OpenAI hasta 2032.",
        "es",
        "licence-direction",
        "agrees",
    );
}

/// own34-es-016: what was signed ("lo firmado", "el documento") said to be non-binding, in
/// coverage of the definitive agreement.
#[test]
fn what_was_signed_said_to_be_non_binding() {
    says_in(
        "E4",
        "Lo firmado este martes es, de nuevo, un documento no vinculante: el contrato definitivo llegará en los próximos meses.",
        "es",
        "deal-binding",
        "contradicts",
    );
    says_in("E4", "Lo acordado hoy es un texto sin carácter vinculante.", "es", "deal-binding", "contradicts");
    says_in("E3", "Lo firmado este jueves es un documento no vinculante.", "es", "deal-binding", "agrees");
}

/// own34-es-012: the nonprofit giving up control, named with its article before "sin ánimo de
/// lucro" (the longer span wins over "fundación … control").
#[test]
fn the_nonprofit_ceding_control() {
    says_in(
        "E3",
        "La fundación sin ánimo de lucro cederá el control de la nueva corporación de beneficio público (PBC), aunque participará directamente en su éxito.",
        "es",
        "nonprofit-control",
        "contradicts",
    );
    says_in(
        "E3",
        "La organización sin fines de lucro traspasará el control de la PBC a los inversores.",
        "es",
        "nonprofit-control",
        "contradicts",
    );
    says_in(
        "E3",
        "La fundación sin ánimo de lucro mantendrá el control de la nueva corporación de beneficio público.",
        "es",
        "nonprofit-control",
        "agrees",
    );
}

/// own34-es-029: barred from open weights with "tampoco", "nunca", "seguirá sin poder".
#[test]
fn open_weights_barred_with_tampoco() {
    says_in(
        "E4",
        "OpenAI tampoco podrá publicar modelos de pesos abiertos mientras dure la alianza.",
        "es",
        "open-weights",
        "contradicts",
    );
    says_in("E4", "OpenAI seguirá sin poder lanzar modelos de pesos abiertos.", "es", "open-weights", "contradicts");
    says_in(
        "E4",
        "OpenAI podrá publicar modelos de pesos abiertos que cumplan ciertos requisitos de capacidad.",
        "es",
        "open-weights",
        "agrees",
    );
}

/// own34-es-007: a right of first refusal given up after another thing given up ("renuncia a la
/// exclusividad … y a cualquier derecho preferente").
#[test]
fn renouncing_the_rofr_second_in_a_list() {
    says_in(
        "C1",
        "Microsoft renuncia a la exclusividad de la nube de OpenAI y a cualquier derecho preferente sobre su capacidad",
        "es",
        "rofr",
        "contradicts",
    );
    says_in(
        "C1",
        "Microsoft renuncia al derecho de tanteo sobre la nueva capacidad de OpenAI.",
        "es",
        "rofr",
        "contradicts",
    );
    says_in(
        "E4",
        "Microsoft renuncia a la exclusividad de la nube de OpenAI y a cualquier derecho preferente sobre su capacidad.",
        "es",
        "rofr",
        "agrees",
    );
}

/// own34-es-002: what Microsoft may commercialise said to include AGI after a comma ("…, incluida
/// una eventual inteligencia artificial general"); E1 names pre-AGI technologies.
#[test]
fn commercialising_technologies_including_agi() {
    says_in(
        "E1",
        "Azure se convierte en el proveedor de nube exclusivo de OpenAI, y Microsoft, en su socio preferente para comercializar todas sus tecnologías, incluida una eventual inteligencia artificial general (AGI).",
        "es",
        "commercialization-scope",
        "contradicts",
    );
    says_in(
        "E1",
        "Microsoft será su socio preferente para comercializar sus tecnologías previas a la AGI.",
        "es",
        "commercialization-scope",
        "agrees",
    );
    silent_in(
        "E1",
        "Microsoft será su socio preferente para comercializar sus tecnologías, salvo una eventual AGI.",
        "es",
    );
}

/// own34-es-033: Azure's exclusivity after the Amazon deal said to cover the stateful APIs; the
/// joint statement keeps the stateless ones on Azure.
#[test]
fn stateful_apis_are_not_the_exclusive_ones() {
    says_in(
        "C2",
        "Microsoft conserva su licencia exclusiva, aunque la exclusividad de Azure se limita ya a las API con estado.",
        "es",
        "api-scope",
        "contradicts",
    );
    says_in("C2", "La exclusividad de Azure queda reducida a las API sin estado.", "es", "api-scope", "agrees");
    silent_in("C2", "Amazon podrá ofrecer las API con estado de OpenAI.", "es");
    // Dated to October (every API on Azure then), either kind agrees: no term dated early.
    silent_in(
        "C2",
        "Azure sigue siendo el proveedor exclusivo de las API sin estado y los términos de octubre se mantienen intactos.",
        "es",
    );
    says_in("E4", "La exclusividad de Azure se limita a las API con estado.", "es", "api-scope", "agrees");
    contradicts("C2", "Azure's exclusivity is now limited to stateful APIs.", "api-scope", "");
}

/// own34-es-042: a 2023 figure put in the company's own mouth ("según la propia compañía") or
/// said to be announced: neither company disclosed the 2023 amount. The year nearest the sum
/// dates it; a revenue figure is no investment.
#[test]
fn a_2023_sum_in_the_companys_mouth_was_never_disclosed() {
    says_in(
        "E5",
        "Microsoft, que en 2019 desembolsó 1.000 millones y en 2023 otros 10.000 millones según la propia compañía, sigue siendo un accionista de referencia.",
        "es",
        "investment-disclosed",
        "contradicts",
    );
    says_in(
        "E2",
        "Microsoft anunció una inversión de 10.000 millones de dólares en OpenAI.",
        "es",
        "investment-disclosed",
        "contradicts",
    );
    says_in(
        "E1",
        "Microsoft anunció una inversión de 1.000 millones de dólares en OpenAI.",
        "es",
        "investment-disclosed",
        "agrees",
    );
    silent_in("E5", "En 2023 Microsoft invirtió unos 10.000 millones, según Bloomberg.", "es");
    silent_in("E5", "OpenAI ingresó 13.000 millones de dólares en 2025, según la propia compañía.", "es");
}

/// own34-es-008: exclusivity said to be kept for part of the workloads ("conserva la exclusividad
/// para el entrenamiento"): after January 2025 no workload was Azure's alone.
#[test]
fn exclusivity_kept_for_training_is_exclusivity() {
    says_in(
        "C1",
        "Microsoft conserva la exclusividad para el entrenamiento de modelos y solo cede la inferencia a otros proveedores.",
        "es",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E2",
        "Microsoft conserva la exclusividad para el entrenamiento de modelos.",
        "es",
        "cloud-exclusivity",
        "agrees",
    );
    says_in(
        "E4",
        "Microsoft ya no conserva la exclusividad para el entrenamiento de modelos.",
        "es",
        "cloud-exclusivity",
        "agrees",
    );
}

/// own34-es-005: the third phase came after the investments of 2019 and 2021; another year for
/// the second misstates it.
#[test]
fn the_third_phase_follows_2019_and_2021() {
    says_in(
        "E2",
        "Se trata de la tercera fase de la alianza, tras las inversiones de 2019 y 2020.",
        "es",
        "earlier-investment-years",
        "contradicts",
    );
    says_in(
        "E2",
        "Se trata de la tercera fase de la alianza, tras las inversiones de 2019 y 2021.",
        "es",
        "earlier-investment-years",
        "agrees",
    );
    contradicts(
        "E2",
        "The deal is the third phase after investments in 2019 and 2020.",
        "earlier-investment-years",
        "",
    );
    agrees("E2", "The deal is the third phase after investments in 2019 and 2021.", "earlier-investment-years");
}
