//! Round 19: classes read from the eighteenth round's blind batches' misses (own18, own19), each
//! with sentences the lead wrote for the class, of both kinds.

use super::*;

/// A label before a colon ("Revenue share: …") names what the clause is about; the colon ends no
/// gap between the label and the claim, in any language.
#[test]
fn a_label_before_a_colon_reads_with_its_clause() {
    contradicts("E5", "Revenue share: payments now run through 2032.", "revenue-share-until", "");
    contradicts("E5", "Licence: exclusive until 2032.", "licence-exclusivity", "exclusive");
    says_in("E5", "Umsatzbeteiligung: Zahlungen laufen bis 2032.", "de", "revenue-share-until", "contradicts");
    agrees("E5", "Revenue share: payments end in 2030, and the licence runs through 2032.", "revenue-share-until");
}

/// "a quarter of a trillion dollars", "half a trillion dollars": an amount written as a fraction
/// of its scale is the figure it stands for.
#[test]
fn an_amount_written_as_a_fraction_of_its_scale_is_its_figure() {
    agrees("E4", "OpenAI has committed to buy a quarter of a trillion dollars of Azure services.", "azure-commitment");
    contradicts("E4", "OpenAI has committed to buy half a trillion dollars of Azure services.", "azure-commitment", "");
    contradicts("E4", "Microsoft's stake is worth half a trillion dollars.", "stake-value", "");
    // A fraction of something else is no sum of money.
    silent("E4", "Microsoft's stake is worth a quarter of the company.");
}

/// An English cleft ("it will be X — not Y — that declares …") reads as its plain clause; "it is
/// clear that …" is no cleft.
#[test]
fn an_english_cleft_reads_as_its_plain_clause() {
    contradicts("E4", "It was Microsoft that declared AGI.", "agi-verification", "Microsoft decides");
    contradicts(
        "E4",
        "It will be an independent expert panel — not OpenAI — that declares when AGI has been reached.",
        "agi-verification",
        "panel declares",
    );
    agrees("E4", "It is clear that an expert panel will verify AGI.", "agi-verification");
}

/// "the lab's preferred but non-exclusive cloud": "but" between two qualities of one noun opens
/// no clause, so the noun's verb reaches the second quality.
#[test]
fn but_between_two_adjectives_opens_no_clause() {
    agrees("E4", "Azure becomes the lab's preferred but non-exclusive cloud.", "cloud-exclusivity");
    contradicts(
        "E2",
        "Azure becomes the lab's preferred but non-exclusive cloud.",
        "cloud-exclusivity",
        "not exclusive",
    );
}

/// "Microsoft's stake (about 49%)": a figure alone in brackets is the value of the noun before
/// it, not an aside.
#[test]
fn a_figure_in_brackets_is_the_value_of_its_noun() {
    contradicts("E4", "Microsoft's stake (about 49%) survives the recapitalisation.", "stake-percent", "");
    agrees("E4", "Microsoft's stake (roughly 27 percent) survives the recapitalisation.", "stake-percent");
    // Words in the brackets keep them an aside.
    silent("E4", "Microsoft keeps a stake (its first since 2019) in the new company.");
}

/// ", leaving OpenAI free to …": a participle clause speaks of its main clause's time, and a
/// month named with the year narrows the year to that month ("In January 2025" is January's
/// right of first refusal, not October's end of it).
#[test]
fn a_participle_clause_and_a_month_take_the_time_of_their_sentence() {
    contradicts(
        "E5",
        "In January 2025, Microsoft gave up its exclusivity, leaving OpenAI free to buy new capacity anywhere without giving Azure any priority.",
        "rofr",
        "no right of first refusal",
    );
    contradicts(
        "E5",
        "Microsoft tightened its grip in January 2025, making Azure the exclusive home of all new OpenAI capacity.",
        "cloud-exclusivity",
        "exclusive",
    );
    agrees(
        "E5",
        "In October 2025, Microsoft gave up its right of first refusal, leaving OpenAI free to buy new capacity anywhere without giving Azure any priority.",
        "rofr",
    );
}

/// C1: a right of first refusal replaced exclusivity; calling it exclusivity by another name, a
/// sign-off or a veto has the swap backwards.
#[test]
fn a_right_of_first_refusal_called_exclusivity_contradicts_it() {
    for text in [
        "The right of first refusal keeps Azure as OpenAI's exclusive cloud in all but name.",
        "The ROFR is exclusivity by another name.",
        "OpenAI must get Microsoft's sign-off before buying capacity elsewhere.",
        "Microsoft can veto any capacity deal OpenAI signs with another provider.",
    ] {
        contradicts("C1", text, "rofr-exclusivity", "exclusivity");
    }
    agrees("C1", "The right of first refusal replaced Azure's exclusivity.", "rofr-exclusivity");
    silent("C1", "Amazon's right of first refusal keeps AWS as Anthropic's exclusive cloud.");
}

/// October's agreement ended the right of first refusal: "any say over where OpenAI buys its
/// computing power" given up, or capacity bought "without giving Azure any priority", agree.
#[test]
fn a_say_over_capacity_given_up_is_no_right_of_first_refusal() {
    agrees("E4", "Microsoft has relinquished any say over where OpenAI buys its computing power.", "rofr");
    contradicts("C1", "Microsoft has relinquished any say over where OpenAI buys its computing power.", "rofr", "");
}

/// The memorandum disclosed no commercial terms: a freedom said to be the memorandum's is one.
#[test]
fn a_freedom_granted_by_the_memorandum_is_a_commercial_term() {
    contradicts("E3", "The memorandum lets OpenAI use any cloud provider it likes.", "mou-terms", "commercial terms");
    agrees("E3", "The memorandum discloses no commercial terms.", "mou-terms");
}

/// "opens OpenAI's products to other clouds", "lets OpenAI run its models outside Azure": the
/// cloud is not exclusive.
#[test]
fn products_opened_to_other_clouds_are_no_exclusive_cloud() {
    agrees("E4", "The new deal opens OpenAI's products to other clouds.", "cloud-exclusivity");
    contradicts("E2", "The new deal opens OpenAI's products to other clouds.", "cloud-exclusivity", "not exclusive");
}

/// "Microsoft will now be able to declare AGI": OpenAI declares it.
#[test]
fn microsoft_able_to_declare_agi_contradicts_the_declarer() {
    contradicts("E4", "Microsoft will now be able to declare AGI itself.", "agi-declarer", "Microsoft");
    agrees("E4", "Microsoft can now independently pursue AGI.", "microsoft-agi");
}

/// own19-en-052: exclusivity runs until AGI; "AGI or 2030, whichever comes first" is research
/// IP's horizon. The claim's "first" exemption (meant for a right of first refusal) silenced
/// "whichever comes first".
#[test]
fn exclusivity_until_agi_or_2030_whichever_is_first_contradicts_until_agi() {
    for text in [
        "Exclusivity now lasts until AGI or 2030, whichever comes first.",
        "Microsoft's exclusive IP rights and Azure API exclusivity now last until AGI is verified by the panel or 2030, whichever comes first.",
    ] {
        contradicts("E4", text, "exclusivity-until", "AGI or 2030, whichever is first");
    }
    agrees(
        "E4",
        "Microsoft's exclusivity lasts until AGI, and its research IP rights until AGI or 2030, whichever comes first.",
        "exclusivity-until",
    );
    agrees(
        "E4",
        "Microsoft's research IP rights last until the panel verifies AGI or 2030, whichever is first.",
        "research-ip-until",
    );
}
